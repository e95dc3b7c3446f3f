package dev.tokendoctor.storage.discovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code [ProfileN]} sections of Firefox's {@code profiles.ini}. */
final class ProfilesIni {

    record Entry(String name, String path, boolean relative) {
    }

    static List<Entry> read(Path file) {
        List<Entry> entries = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return entries;
        }
        Map<String, String> section = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("[") && line.endsWith("]")) {
                add(section, entries);
                section = line.regionMatches(true, 1, "Profile", 0, 7) ? new HashMap<>() : null;
            } else if (section != null && line.contains("=")) {
                int eq = line.indexOf('=');
                section.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        add(section, entries);
        return entries;
    }

    private static void add(Map<String, String> section, List<Entry> entries) {
        if (section != null && section.containsKey("Path")) {
            String path = section.get("Path");
            entries.add(new Entry(section.getOrDefault("Name", path), path, !"0".equals(section.getOrDefault("IsRelative", "1"))));
        }
    }

    private ProfilesIni() {
    }
}
