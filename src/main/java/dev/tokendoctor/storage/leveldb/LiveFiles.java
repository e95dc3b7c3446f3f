package dev.tokendoctor.storage.leveldb;

import dev.tokendoctor.storage.source.FolderSnapshot;
import dev.tokendoctor.storage.source.ScanError;
import dev.tokendoctor.storage.source.ScanSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which files of a LevelDB folder hold live data, grouped the way they are merged: each level-0
 * table alone (they overlap), each deeper level's tables in key order (they do not). Tables are
 * immutable, so they are read where they lie; the mutable files come from the snapshot.
 *
 * @param logs    the logs to read (from the snapshot)
 * @param runs    tables to merge, each run read one table after the other
 * @param missing live tables the MANIFEST names that are not in the folder
 */
record LiveFiles(List<Path> logs, List<List<Path>> runs, Set<Long> missing) {

    /** CURRENT holds one short file name; anything much longer is not a CURRENT file. */
    private static final int MAX_CURRENT = 256;

    /**
     * @param lastTry when false, a CURRENT that names a MANIFEST the snapshot does not hold (the
     *                browser compacted between our copies of the two) throws {@link
     *                LevelDbReader.TablesMissing} for a retry, instead of the read-every-file fallback
     */
    static LiveFiles of(FolderSnapshot snapshot, ScanSink sink, boolean lastTry) throws IOException {
        Manifest manifest = manifest(snapshot, sink, lastTry);
        Map<Long, Path> tables = new TreeMap<>();
        for (Path p : tableFiles(snapshot)) {
            tables.put(number(p.getFileName().toString()), p);
        }
        List<Path> logs = new ArrayList<>();
        for (Path p : snapshot.files()) {
            String name = p.getFileName().toString();
            if (name.endsWith(".log") && (manifest == null || manifest.readsLog(number(name)))) {
                logs.add(p);
            }
        }
        List<List<Path>> runs = new ArrayList<>();
        Set<Long> missing = new TreeSet<>();
        if (manifest == null) {
            tables.values().forEach(p -> runs.add(List.of(p)));
            return new LiveFiles(logs, runs, missing);
        }
        Map<Integer, List<Manifest.Table>> levels = new TreeMap<>();
        for (Manifest.Table t : manifest.live().values()) {
            if (!tables.containsKey(t.number())) {
                missing.add(t.number());
            } else if (t.level() == 0) {
                runs.add(List.of(tables.get(t.number())));
            } else {
                levels.computeIfAbsent(t.level(), l -> new ArrayList<>()).add(t);
            }
        }
        for (List<Manifest.Table> level : levels.values()) {
            level.sort(Comparator.comparing(Manifest.Table::smallest, Arrays::compareUnsigned));
            runs.add(level.stream().map(t -> tables.get(t.number())).toList());
        }
        return new LiveFiles(logs, runs, missing);
    }

    /** The tables: copies if the snapshot holds them, else those in the browser's folder. */
    private static List<Path> tableFiles(FolderSnapshot snapshot) throws IOException {
        List<Path> copied = snapshot.files().stream().filter(p -> isTable(p.getFileName().toString())).toList();
        if (!copied.isEmpty() || snapshot.original() == null) {
            return copied;
        }
        List<Path> inPlace = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(snapshot.original())) {
            for (Path p : list) {
                if (isTable(p.getFileName().toString()) && Files.isRegularFile(p)) {
                    inPlace.add(p);
                }
            }
        }
        inPlace.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return inPlace;
    }

    static boolean isTable(String name) {
        return name.endsWith(".ldb") || name.endsWith(".sst");
    }

    /** The MANIFEST that CURRENT names, or null (reported) when there is none or it is damaged. */
    private static Manifest manifest(FolderSnapshot snapshot, ScanSink sink, boolean lastTry) throws IOException {
        Path current = snapshot.folder().resolve("CURRENT");
        if (!snapshot.has("CURRENT")) {
            sink.error(ScanError.of(snapshot.originalOf(current), ScanError.Problem.MISSING_CURRENT, "CURRENT"));
            return null;
        }
        String name = currentName(current);
        if (name != null && !snapshot.has(name) && !lastTry) {
            throw new LevelDbReader.TablesMissing("CURRENT names " + name + ", written after the folder was listed");
        }
        if (name == null || !snapshot.has(name)) {
            sink.error(ScanError.of(snapshot.originalOf(current), ScanError.Problem.MISSING_CURRENT,
                    name == null ? "CURRENT does not hold a MANIFEST name" : "CURRENT names a missing MANIFEST"));
            return null;
        }
        Manifest manifest = Manifest.read(snapshot.folder().resolve(name));
        if (!manifest.problems().isEmpty()) {
            Path original = snapshot.originalOf(snapshot.folder().resolve(name));
            manifest.problems().forEach(p -> sink.error(ScanError.of(original, ScanError.Problem.CORRUPT, p)));
            return null;
        }
        return manifest;
    }

    /** {@code MANIFEST-<digits>} from CURRENT, or null when it holds anything else (a stray byte, garbage). */
    static String currentName(Path current) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(current)) {
            bytes = in.readNBytes(MAX_CURRENT + 1);
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1).strip();
        return bytes.length <= MAX_CURRENT && text.matches("MANIFEST-[0-9]{1,18}") ? text : null;
    }

    static long number(String name) {
        int end = 0;
        while (end < name.length() && Character.isDigit(name.charAt(end))) {
            end++;
        }
        return end == 0 || end > 18 ? -1 : Long.parseLong(name.substring(0, end));
    }
}
