package dev.tokendoctor.storage.leveldb;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes to a real Chrome LevelDB folder the way Chrome's LevelDB does, for tests that scan while it
 * writes: WriteBatches appended to the live {@code .log} (sometimes in two writes, as a reader may
 * catch a record half-written), deletions as tombstones, and compactions — the live keys into a new
 * log, the tables renumbered (copied under new numbers, the old ones deleted, as a compaction
 * replaces them), a new {@code MANIFEST}, {@code CURRENT} switched by rename, then the old log,
 * MANIFEST and tables removed. Keys are one origin's localStorage keys in Chrome's encoding.
 */
public final class ChromeLikeWriter implements AutoCloseable {

    private record TableFile(int level, long number, long size, byte[] smallest, byte[] largest) {
    }

    private final Path folder;
    private final byte[] origin;
    private final Map<String, String> live = new TreeMap<>();
    /** The sequence of each live key's last write: a compaction keeps it, as a flush to a table would. */
    private final Map<String, Long> sequenceOf = new TreeMap<>();
    /** The fixture log's records with their own sequences, carried into every new log. */
    private final List<Carried> carried = new ArrayList<>();

    private record Carried(byte[] key, long sequence, byte[] value) {
    }
    private List<TableFile> tables;
    private long sequence = 1_000_000; // above every sequence of the fixture's tables
    private long nextFile;
    private long logNumber;
    private long manifestNumber;
    private FileChannel log;
    private long logSize;

    /** Takes over {@code folder}, a copy of a Chrome LevelDB folder (its MANIFEST names its tables). */
    public ChromeLikeWriter(Path folder, String origin) throws IOException {
        this.folder = folder;
        this.origin = ("_" + origin + "\0").getBytes(StandardCharsets.ISO_8859_1);
        String current = Files.readString(folder.resolve("CURRENT"), StandardCharsets.US_ASCII).strip();
        this.tables = tablesOf(folder.resolve(current));
        this.manifestNumber = LiveFiles.number(current.substring("MANIFEST-".length()));
        this.nextFile = 1000;
        try (var files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList()) {
                LogReader.read(p, new RecordVisitor() {
                    @Override
                    public void record(byte[] key, long sequence, byte[] value) {
                        carried.add(new Carried(key, sequence, value));
                    }

                    @Override
                    public void problem(Problem kind, String detail) {
                        throw new IllegalStateException("fixture log: " + kind + " " + detail);
                    }
                }, n -> { });
            }
        }
        compact();
    }

    public synchronized void put(String key, String value, boolean torn) throws IOException {
        live.put(key, value);
        sequenceOf.put(key, sequence);
        append(batch(key, value, sequence++), torn);
    }

    public synchronized void delete(String key, boolean torn) throws IOException {
        live.remove(key);
        sequenceOf.remove(key);
        append(batch(key, null, sequence++), torn);
    }

    /**
     * A new log with the live keys, the tables under new numbers, a new MANIFEST; then the old files
     * go. Records keep their sequence numbers (LevelDB's flush does): a reader that still follows the
     * old MANIFEST reads the old log and the half-written new one, and must not take an old value
     * for a newer one.
     */
    public synchronized void compact() throws IOException {
        long oldLog = logNumber;
        long oldManifest = manifestNumber;
        List<TableFile> oldTables = tables;
        List<TableFile> renumbered = new ArrayList<>();
        for (TableFile t : oldTables) {
            long number = nextFile++;
            Files.copy(folder.resolve(tableName(t.number())), folder.resolve(tableName(number)));
            renumbered.add(new TableFile(t.level(), number, t.size(), t.smallest(), t.largest()));
        }
        if (log != null) {
            log.close();
        }
        logNumber = nextFile++;
        log = FileChannel.open(folder.resolve(String.format("%06d.log", logNumber)), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        logSize = 0;
        for (Carried record : carried) {
            append(batch(record.key(), record.value(), record.sequence()), false);
        }
        for (Map.Entry<String, String> e : live.entrySet()) {
            append(batch(e.getKey(), e.getValue(), sequenceOf.get(e.getKey())), false);
        }
        log.force(true);
        manifestNumber = nextFile++;
        Path manifest = folder.resolve(String.format("MANIFEST-%06d", manifestNumber));
        Files.write(manifest, LogWriter.frame(versionEdit(renumbered), 0));
        Path temp = folder.resolve(String.format("%06d.dbtmp", manifestNumber));
        Files.writeString(temp, manifest.getFileName() + "\n", StandardCharsets.US_ASCII);
        Files.move(temp, folder.resolve("CURRENT"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        tables = renumbered;
        if (oldLog != 0) {
            Files.deleteIfExists(folder.resolve(String.format("%06d.log", oldLog)));
        } else {
            try (var files = Files.list(folder)) {
                for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".log")
                        && !p.getFileName().toString().equals(String.format("%06d.log", logNumber))).toList()) {
                    Files.delete(p); // the fixture's own log: its records now live in ours
                }
            }
        }
        Files.deleteIfExists(folder.resolve(String.format("MANIFEST-%06d", oldManifest)));
        for (TableFile t : oldTables) {
            Files.deleteIfExists(folder.resolve(tableName(t.number())));
        }
    }

    @Override
    public synchronized void close() throws IOException {
        log.close();
    }

    private void append(byte[] record, boolean torn) throws IOException {
        byte[] framed = LogWriter.frame(record, logSize);
        int half = torn ? framed.length / 2 : framed.length;
        write(framed, 0, half);
        if (torn) {
            Thread.onSpinWait(); // a reader may copy the log now: a record cut short at its end
            write(framed, half, framed.length - half);
        }
        logSize += framed.length;
    }

    private void write(byte[] bytes, int from, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, from, length);
        while (buffer.hasRemaining()) {
            log.write(buffer);
        }
    }

    /** One WriteBatch of this origin's key: a put (value in Chrome's Latin-1 form) or a deletion. */
    private byte[] batch(String key, String value, long seq) {
        return batch(concat(origin, ("\u0001" + key).getBytes(StandardCharsets.ISO_8859_1)),
                value == null ? null : ("\u0001" + value).getBytes(StandardCharsets.ISO_8859_1), seq);
    }

    /** One WriteBatch: its sequence, count 1, a put or (value null) a deletion. */
    private static byte[] batch(byte[] key, byte[] value, long seq) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        fixed(b, seq, 8);
        fixed(b, 1, 4);
        b.write(value == null ? LogReader.TYPE_DELETION : LogReader.TYPE_VALUE);
        varint(b, key.length);
        b.writeBytes(key);
        if (value != null) {
            varint(b, value.length);
            b.writeBytes(value);
        }
        return b.toByteArray();
    }

    private byte[] versionEdit(List<TableFile> live) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        varint(b, 1);
        byte[] comparator = "leveldb.BytewiseComparator".getBytes(StandardCharsets.US_ASCII);
        varint(b, comparator.length);
        b.writeBytes(comparator);
        varint(b, 2);
        varint(b, logNumber);
        varint(b, 3);
        varint(b, nextFile);
        varint(b, 4);
        varint(b, sequence);
        for (TableFile t : live) {
            varint(b, 7);
            varint(b, t.level());
            varint(b, t.number());
            varint(b, t.size());
            varint(b, t.smallest().length);
            b.writeBytes(t.smallest());
            varint(b, t.largest().length);
            b.writeBytes(t.largest());
        }
        return b.toByteArray();
    }

    /** The live tables of a MANIFEST with everything a new MANIFEST must repeat (size, smallest and largest key). */
    private static List<TableFile> tablesOf(Path manifest) throws IOException {
        Map<Long, TableFile> found = new TreeMap<>();
        LogReader.readRecords(manifest, new RecordVisitor() {
            @Override
            public void record(byte[] key, long sequence, byte[] value) {
            }

            @Override
            public void problem(Problem kind, String detail) {
                throw new IllegalStateException("fixture MANIFEST: " + kind + " " + detail);
            }
        }, n -> { }, (data, offset, length, at) -> {
            try {
                Bytes b = new Bytes(data, offset, offset + length);
                while (b.hasRemaining()) {
                    int tag = b.varint32();
                    switch (tag) {
                        case 1 -> b.skip(b.varint32());
                        case 2, 3, 4, 9 -> b.varint64();
                        case 5 -> {
                            b.varint32();
                            b.skip(b.varint32());
                        }
                        case 6 -> {
                            b.varint32();
                            found.remove(b.varint64());
                        }
                        case 7 -> {
                            int level = b.varint32();
                            long number = b.varint64();
                            long size = b.varint64();
                            byte[] smallest = b.take(b.varint32());
                            byte[] largest = b.take(b.varint32());
                            found.put(number, new TableFile(level, number, size, smallest, largest));
                        }
                        default -> throw new IllegalStateException("fixture MANIFEST: tag " + tag);
                    }
                }
            } catch (CorruptionException e) {
                throw new IllegalStateException(e);
            }
        });
        return new ArrayList<>(found.values());
    }

    private static String tableName(long number) {
        return String.format("%06d.ldb", number);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void fixed(ByteArrayOutputStream out, long value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out.write((int) (value >>> (8 * i)));
        }
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }
}
