package dev.tokendoctor.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tokendoctor.core.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens a support bundle written by any version: reads {@code report.json} tolerantly (unknown
 * fields are ignored, missing ones are empty) after checking its {@code schema}. A file that is
 * not a bundle is a {@link NotABundle} with the reason, never a half-read report.
 */
public final class BundleReader {

    /** The schema family every bundle's report names; the number after the slash is its version. */
    public static final String FAMILY = "coze-token-doctor-report";
    /** The newest version this reader was written for. */
    public static final int KNOWN_VERSION = 1;
    /** Bundles are small; a bigger entry is not one of ours (and would be a zip bomb). */
    private static final int MAX_ENTRY_BYTES = 16 << 20;

    /** Why a file could not be read as a bundle. */
    public static final class NotABundle extends Exception {
        private static final long serialVersionUID = 1L;
        private final Reason reason;

        NotABundle(Reason reason, String detail) {
            super(reason + ": " + detail);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }

        /** What was wrong. */
        public enum Reason { NOT_A_ZIP, NO_REPORT, NOT_JSON, OTHER_SCHEMA, TOO_LARGE }
    }

    public BundleReport read(Path zip) throws IOException, NotABundle {
        Map<String, String> entries = new LinkedHashMap<>();
        boolean anyEntry = false;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                anyEntry = true;
                if (e.getName().equals(SupportBundle.JSON) || e.getName().equals(SupportBundle.MARKDOWN)) {
                    entries.put(e.getName(), text(z));
                }
            }
        } catch (TooLarge e) {
            throw new NotABundle(NotABundle.Reason.TOO_LARGE, zip.getFileName().toString());
        } catch (java.util.zip.ZipException e) {
            throw new NotABundle(NotABundle.Reason.NOT_A_ZIP, zip.getFileName().toString());
        }
        if (!entries.containsKey(SupportBundle.JSON)) {
            throw new NotABundle(!anyEntry ? NotABundle.Reason.NOT_A_ZIP : NotABundle.Reason.NO_REPORT,
                    zip.getFileName().toString());
        }
        return parse(entries.get(SupportBundle.JSON), entries.getOrDefault(SupportBundle.MARKDOWN, ""));
    }

    /** Reads {@code report.json} (and the Markdown beside it) as a report. */
    public BundleReport parse(String json, String markdown) throws NotABundle {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new NotABundle(NotABundle.Reason.NOT_JSON, e.getClass().getSimpleName());
        }
        String schema = text(root, "schema").isEmpty() ? text(root, "format") : text(root, "schema");
        if (root == null || !root.isObject() || !schema.startsWith(FAMILY + "/")) {
            throw new NotABundle(NotABundle.Reason.OTHER_SCHEMA, schema);
        }
        int version = version(schema);
        return new BundleReport(schema, version, version > KNOWN_VERSION, instant(text(root, "createdAt")),
                strings(root.path("system")), BundleParts.token(root.path("token")),
                BundleParts.findings(root.path("diagnosis").path("findings")),
                BundleParts.texts(root.path("diagnosis").path("unreadable")),
                BundleParts.config(root.path("config").path("findings")),
                BundleParts.settings(root.path("config").path("settings")), BundleParts.network(root.path("network")),
                BundleParts.exchanges(root.path("exchanges")), text(root, "reproduction"), text(root, "pastedErrors"),
                markdown, json);
    }

    private static int version(String schema) {
        try {
            return Integer.parseInt(schema.substring(schema.indexOf('/') + 1).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString();
    }

    private static Instant instant(String text) {
        try {
            return text.isEmpty() ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        return map;
    }

    private static String text(ZipInputStream z) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = z.read(buffer); n > 0; n = z.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_ENTRY_BYTES) {
                throw new TooLarge();
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A too-large entry, turned into {@link NotABundle} by {@link #read}. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isValueNode() ? n.asText() : text(n, "text")));
        return out;
    }
}
