package dev.tokendoctor.storage.leveldb;

/** The bytes do not follow the LevelDB format; the message says where (never what the data was). */
public final class CorruptionException extends Exception {

    public CorruptionException(String message) {
        super(message);
    }
}
