package dev.tokendoctor.ui.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tokendoctor.core.json.Json;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.storage.source.ScanError;
import dev.tokendoctor.storage.source.ScanResult;
import dev.tokendoctor.storage.source.SourceKind;
import dev.tokendoctor.storage.source.StorageEntry;
import dev.tokendoctor.storage.tokens.FoundToken;
import dev.tokendoctor.storage.tokens.TokenFinder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What the inspector knows: every scanned source, and the live page's storage laid over the
 * WebView source's origin of the same name. Builds the tree and the table rows; plain Java.
 */
final class Scans {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Map<String, Scanned> bySource = new LinkedHashMap<>();
    private String liveOrigin;
    private List<StorageEntry> liveEntries = List.of();
    private List<FoundToken> liveTokens = List.of();

    /** When the verdicts were last judged, by which thresholds, and until when none of them can change. */
    private Judged judged;

    private record Judged(HealthPolicy policy, Instant at, Instant holdsUntil) {
        /** Nothing can have changed: the same thresholds, the clock between the judgement and the first rollover. */
        boolean stillHolds(HealthPolicy now, Instant instant) {
            return policy.equals(now) && !instant.isBefore(at) && instant.isBefore(holdsUntil);
        }
    }

    void put(Scanned scanned) {
        bySource.put(scanned.source().id(), scanned);
        judged = null;
    }

    /**
     * Judges every found token again now; true if any verdict changed (then the view must be rebuilt).
     * The tick calls it every second; the tokens are judged only once the first of them can have
     * changed state (a verdict changes at fixed instants: expiring soon, expired, refresh token dead),
     * or when the clock went back, the thresholds (settings) changed or the tokens did.
     */
    boolean judgeAgain(TokenFinder finder) {
        Instant now = finder.now();
        if (judged != null && judged.stillHolds(finder.policy(), now)) {
            return false;
        }
        boolean changed = false;
        Instant holdsUntil = Instant.MAX;
        for (Map.Entry<String, Scanned> e : bySource.entrySet()) {
            Scanned s = e.getValue();
            List<FoundToken> again = new ArrayList<>(s.tokens().size());
            for (FoundToken t : s.tokens()) {
                again.add(finder.again(t, now));
                holdsUntil = earlier(holdsUntil, finder.verdictHoldsUntil(t, now));
            }
            if (!states(again).equals(states(s.tokens()))) {
                e.setValue(new Scanned(s.source(), s.profile(), s.result(), List.copyOf(again)));
                changed = true;
            }
        }
        List<FoundToken> live = new ArrayList<>(liveTokens.size());
        for (FoundToken t : liveTokens) {
            live.add(finder.again(t, now));
            holdsUntil = earlier(holdsUntil, finder.verdictHoldsUntil(t, now));
        }
        if (!states(live).equals(states(liveTokens))) {
            liveTokens = List.copyOf(live);
            changed = true;
        }
        judged = new Judged(finder.policy(), now, holdsUntil);
        return changed;
    }

    private static Instant earlier(Instant a, Instant b) {
        return b.isBefore(a) ? b : a;
    }

    private static List<Object> states(List<FoundToken> tokens) {
        return tokens.stream().map(t -> (Object) t.health().state()).toList();
    }

    /** Forgets sources that a new scan no longer found. */
    void retain(java.util.Set<String> sourceIds) {
        bySource.keySet().retainAll(sourceIds);
        judged = null;
    }

    Collection<Scanned> all() {
        return bySource.values();
    }

    Optional<Scanned> source(String sourceId) {
        return Optional.ofNullable(bySource.get(sourceId));
    }

    String liveOrigin() {
        return liveOrigin;
    }

    /** Lays the live page's items ({@code readAll}'s JSON) over the WebView source; null origin removes it. */
    void live(String origin, String itemsJson, TokenFinder finder) throws IOException {
        liveEntries = origin == null ? List.of() : entries(origin, itemsJson);
        liveOrigin = origin;
        liveTokens = List.of();
        judged = null;
        Optional<Scanned> webview = bySource.values().stream().filter(s -> s.source().kind() == SourceKind.WEBVIEW).findFirst();
        if (origin != null && webview.isPresent()) {
            liveTokens = finder.find(new ScanResult(webview.get().source().id(), SourceKind.WEBVIEW,
                    webview.get().source().displayName(), false,
                    List.of(new ScanResult.OriginEntries(origin, liveEntries)), List.of()));
        }
    }

    /** Every token found, the live page's instead of the WebView database's for its origin. */
    List<FoundToken> tokens() {
        List<FoundToken> all = new ArrayList<>();
        for (Scanned s : bySource.values()) {
            s.tokens().stream().filter(t -> !isLive(t.sourceId(), t.origin())).forEach(all::add);
        }
        all.addAll(liveTokens);
        return all;
    }

    /** The entry a found token was read from. */
    Optional<StorageEntry> entry(String sourceId, String origin, String key) {
        Scanned s = bySource.get(sourceId);
        if (s == null) {
            return Optional.empty();
        }
        return origins(s).getOrDefault(origin, List.of()).stream().filter(e -> e.key().equals(key)).findFirst();
    }

    static List<StorageEntry> entries(String origin, String itemsJson) throws IOException {
        List<StorageEntry> entries = new ArrayList<>();
        JsonNode items = Json.mapper().readTree(itemsJson == null || itemsJson.isBlank() ? "{}" : itemsJson);
        for (Iterator<Map.Entry<String, JsonNode>> it = items.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> item = it.next();
            String value = item.getValue().asText();
            entries.add(new StorageEntry(origin, item.getKey(), value,
                    value.getBytes(StandardCharsets.UTF_16LE).length, null, null, false));
        }
        entries.sort(java.util.Comparator.comparing(StorageEntry::key));
        return entries;
    }

    /** Whether an entry of this source and origin is the live page's (and so can be changed there). */
    boolean isLive(String sourceId, String origin) {
        Scanned s = bySource.get(sourceId);
        return s != null && s.source().kind() == SourceKind.WEBVIEW && origin != null && origin.equals(liveOrigin);
    }

    /** The origins of one source, with the live page's laid over the WebView's. */
    Map<String, List<StorageEntry>> origins(Scanned s) {
        Map<String, List<StorageEntry>> origins = new TreeMap<>();
        for (ScanResult.OriginEntries o : s.result().origins()) {
            origins.put(o.origin(), o.entries());
        }
        if (s.source().kind() == SourceKind.WEBVIEW && liveOrigin != null) {
            origins.put(liveOrigin, liveEntries);
        }
        return origins;
    }

    /** The tree under a root, keeping only entries that match {@code filter}. */
    InspectorNode tree(String filter, Messages m) {
        Map<String, List<InspectorNode>> groups = new LinkedHashMap<>();
        Map<String, String> groupLabels = new LinkedHashMap<>();
        for (Scanned s : bySource.values()) {
            List<InspectorNode> origins = new ArrayList<>();
            int count = 0;
            for (Map.Entry<String, List<StorageEntry>> o : origins(s).entrySet()) {
                int n = (int) o.getValue().stream().filter(matcher(filter, s)).count();
                if (n > 0 || filter.isBlank()) {
                    String label = isLive(s.source().id(), o.getKey()) ? m.get("inspector.tree.live", o.getKey()) : o.getKey();
                    origins.add(new InspectorNode(originId(s.source().id(), o.getKey()), InspectorNode.Kind.ORIGIN, label, n, List.of()));
                    count += n;
                }
            }
            List<ScanError> errors = shownErrors(s);
            for (int i = 0; i < errors.size(); i++) {
                origins.add(new InspectorNode("e:" + s.source().id() + "#" + i, InspectorNode.Kind.ERROR,
                        m.get("inspector.tree.error", m.format(errors.get(i).message())), 0, List.of()));
            }
            if (!origins.isEmpty() || filter.isBlank()) {
                groups.computeIfAbsent(s.groupKey(), g -> new ArrayList<>()).add(
                        new InspectorNode("s:" + s.source().id(), InspectorNode.Kind.SOURCE, sourceLabel(s, m), count, origins));
                groupLabels.putIfAbsent(s.groupKey(), groupLabel(s, m));
            }
        }
        List<InspectorNode> top = new ArrayList<>();
        groups.forEach((key, sources) -> top.add(new InspectorNode("g:" + key, InspectorNode.Kind.GROUP, groupLabels.get(key),
                sources.stream().mapToInt(InspectorNode::count).sum(), sources)));
        return new InspectorNode("root", InspectorNode.Kind.ROOT, "", top.stream().mapToInt(InspectorNode::count).sum(), top);
    }

    /** A fresh WebView profile has no storage folder yet: that is not a failure. */
    static List<ScanError> shownErrors(Scanned s) {
        return s.result().errors().stream()
                .filter(e -> !(s.source().kind() == SourceKind.WEBVIEW && e.problem() == ScanError.Problem.NOT_FOUND))
                .toList();
    }

    /** The rows below a tree node, matching the filter. */
    List<EntryRow> rows(String nodeId, String filter, Messages m, ZoneId zone) {
        List<EntryRow> rows = new ArrayList<>();
        if (nodeId == null) {
            return rows;
        }
        for (Scanned s : bySource.values()) {
            String sid = s.source().id();
            for (Map.Entry<String, List<StorageEntry>> o : origins(s).entrySet()) {
                boolean below = nodeId.equals("root") || nodeId.equals("g:" + s.groupKey()) || nodeId.equals("s:" + sid)
                        || nodeId.equals(originId(sid, o.getKey()));
                if (below) {
                    o.getValue().stream().filter(matcher(filter, s)).forEach(e -> rows.add(row(s, e, m, zone)));
                }
            }
        }
        return rows;
    }

    private EntryRow row(Scanned s, StorageEntry e, Messages m, ZoneId zone) {
        List<FoundToken> candidates = isLive(s.source().id(), e.origin()) ? liveTokens : s.tokens();
        FoundToken found = candidates.stream()
                .filter(t -> t.origin().equals(e.origin()) && t.key().equals(e.key())).findFirst().orElse(null);
        String modified = isLive(s.source().id(), e.origin()) ? m.get("inspector.row.live")
                : e.lastModified() == null ? "" : TIME.format(e.lastModified().atZone(zone));
        return new EntryRow(s.source().id(), e.origin(), e.key(), size(e.sizeBytes()), modified,
                found == null ? "" : m.get("state." + found.health().state()), found == null ? null : found.health().state(), e, found);
    }

    static String originId(String sourceId, String origin) {
        return "o:" + sourceId + "\u0000" + origin;
    }

    private static Predicate<StorageEntry> matcher(String filter, Scanned s) {
        String f = filter.strip().toLowerCase(Locale.ROOT);
        if (f.isEmpty() || s.source().displayName().toLowerCase(Locale.ROOT).contains(f)) {
            return e -> true;
        }
        return e -> e.key().toLowerCase(Locale.ROOT).contains(f) || e.origin().toLowerCase(Locale.ROOT).contains(f)
                || (e.value() != null && e.value().toLowerCase(Locale.ROOT).contains(f));
    }

    private static String sourceLabel(Scanned s, Messages m) {
        return switch (s.source().kind()) {
            case APP_STORE -> m.get("inspector.source.app");
            case WEBVIEW -> m.get("inspector.source.webview");
            default -> s.source().displayName() + (s.profile() != null && s.profile().userAdded() ? " " + m.get("inspector.source.added") : "");
        };
    }

    private static String groupLabel(Scanned s, Messages m) {
        return switch (s.groupKey()) {
            case "app" -> m.get("inspector.group.app");
            case "pasted" -> m.get("inspector.group.pasted");
            default -> s.profile() != null ? s.profile().browser().displayName() : s.source().kind().name();
        };
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
