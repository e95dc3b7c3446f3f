package dev.tokendoctor.storage.leveldb;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Arrays;

/** Breaks a table in ways a checksum cannot catch, to test what lies behind the checksum. */
public final class TableSurgery {

    private final Path table;

    public TableSurgery(Path table) {
        this.table = table;
    }

    /** Fills the first Snappy block with bytes that are not Snappy, and gives it a matching checksum. */
    public void rewriteFirstCompressedBlock() throws IOException, CorruptionException {
        try (RandomAccessFile raf = new RandomAccessFile(table.toFile(), "rw")) {
            byte[] footer = new byte[TableReader.FOOTER_SIZE];
            raf.seek(raf.length() - footer.length);
            raf.readFully(footer);
            Bytes f = new Bytes(footer, 0, 40);
            TableReader.Handle.read(f);
            TableReader.Handle indexHandle = TableReader.Handle.read(f);
            BlockEntries index;
            try {
                index = new BlockEntries(TableReader.block(raf.getChannel(), indexHandle, raf.length()));
            } catch (TableReader.BlockException e) {
                throw new IllegalStateException(e);
            }
            while (index.next()) {
                TableReader.Handle h = TableReader.Handle.read(new Bytes(index.value(), 0, index.value().length));
                byte[] raw = read(raf, h.offset(), (int) h.size() + 5);
                if (raw[(int) h.size()] == 1) {
                    byte[] garbage = new byte[(int) h.size()];
                    Arrays.fill(garbage, (byte) 0xFF);
                    int crc = Crc32c.maskedOfBlock(garbage, 0, garbage.length, (byte) 1);
                    raf.seek(h.offset());
                    raf.write(garbage);
                    raf.seek(h.offset() + h.size() + 1);
                    raf.write(new byte[] {(byte) crc, (byte) (crc >>> 8), (byte) (crc >>> 16), (byte) (crc >>> 24)});
                    return;
                }
            }
            throw new IllegalStateException("no compressed block in " + table.getFileName());
        }
    }

    private static byte[] read(RandomAccessFile raf, long offset, int length) throws IOException {
        byte[] b = new byte[length];
        raf.seek(offset);
        raf.readFully(b);
        return b;
    }
}
