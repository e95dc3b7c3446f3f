package dev.tokendoctor.ui.inspector;

import dev.tokendoctor.core.i18n.Messages;

import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.storage.discovery.BrowserProfile;
import dev.tokendoctor.storage.source.ScanResult;
import dev.tokendoctor.storage.source.SourceKind;
import dev.tokendoctor.storage.source.StorageSource;
import dev.tokendoctor.storage.tokens.FoundToken;
import dev.tokendoctor.storage.tokens.TokenFinder;
import dev.tokendoctor.ui.common.TokenChoice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Which sources there are, and reading one of them; plain Java, called on background threads. */
final class SourceScanner {

    /** A source to read, with the browser profile behind it (null for the app's own and pasted ones). */
    record Target(StorageSource source, BrowserProfile profile) {
    }

    /** A token to follow, and where it came from, in words. */
    record Pick(String text, Msg source) {
    }

    private final InspectorServices services;

    SourceScanner(InspectorServices services) {
        this.services = services;
    }

    /** The app's store, the WebView profile, every browser profile found (standard places, then {@code folders}), then {@code pasted}. */
    List<Target> targets(List<Path> folders, List<StorageSource> pasted) {
        List<Target> targets = new ArrayList<>(List.of(new Target(services.appStore(), null), new Target(services.webView(), null)));
        services.discovery().discover(folders).forEach(p -> targets.add(new Target(p.source(), p)));
        pasted.forEach(s -> targets.add(new Target(s, null)));
        return targets;
    }

    /** The profiles inside one folder the user chose, read. */
    List<Scanned> folder(Path folder, BooleanSupplier cancelled) {
        return services.discovery().discover(List.of(folder)).stream().filter(BrowserProfile::userAdded)
                .map(p -> scan(new Target(p.source(), p), cancelled)).toList();
    }

    Scanned scan(Target t, BooleanSupplier cancelled) {
        ScanResult r = TokenFinder.scanKeepingTokens(t.source(), cancelled);
        return new Scanned(t.source(), t.profile(), r, finder().find(r));
    }

    /**
     * The freshest {@code coze_oauth_tokens} outside the app's own store (which the Status screen
     * follows anyway when it holds a token), for the Status screen to follow after the launch scan.
     */
    Optional<Pick> launchPick(Scans scans) {
        List<FoundToken> others = scans.tokens().stream().filter(t -> t.sourceKind() != SourceKind.APP_STORE).toList();
        return finder().freshest(others).flatMap(f -> scans.entry(f.token().sourceId(), f.token().origin(), f.token().key())
                .map(e -> new Pick(e.value(), Msg.of("source.freshest", f.token().sourceName(), f.token().origin(), f.why()))));
    }

    /** The readable tokens outside the app's store, labelled with place, verdict and fingerprint. */
    List<TokenChoice> choices(Scans scans, Messages messages) {
        return scans.tokens().stream()
                .filter(t -> t.sourceKind() != SourceKind.APP_STORE && t.record().isPresent())
                .flatMap(t -> scans.entry(t.sourceId(), t.origin(), t.key()).stream().map(e -> new TokenChoice(
                        String.join(" · ", t.sourceName(), t.origin(), t.key(), messages.get("state." + t.health().state()),
                                t.record().orElseThrow().accessFingerprint().toString()),
                        e.value(), Msg.of("source.found", t.sourceName(), t.origin(), t.key()))))
                .toList();
    }

    TokenFinder finder() {
        return services.finder().get();
    }
}
