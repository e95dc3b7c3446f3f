package dev.tokendoctor.storage.leveldb;

/** Receives every record of a log or table file, in file order; newest-wins is the caller's job. */
public interface RecordVisitor {

    /** A put ({@code value} non-null) or a deletion ({@code value} null) of {@code key} at {@code sequence}. */
    void record(byte[] key, long sequence, byte[] value);

    /** A part of the file could not be read; reading goes on after it where the format allows. */
    void problem(Problem kind, String detail);

    /** Why a part of a file was skipped. */
    enum Problem { BAD_CHECKSUM, BAD_COMPRESSION, TRUNCATED, CORRUPT }
}
