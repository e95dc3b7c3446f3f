package dev.tokendoctor.storage.source;

/** Receives a scan's results as they are found; called from the scanning thread. */
public interface ScanSink {

    void entry(StorageEntry entry);

    void error(ScanError error);

    /**
     * Whether this entry's value must be decoded, asked before it is: a sink that keeps only
     * token values (the Inspector's) answers false for the rest and receives them with a null
     * value, which saves decoding every value of a large store. Sources may decode anyway.
     *
     * @param firstChar the value's first character that is not white space, or -1 if there is none
     */
    default boolean needsValue(String key, int firstChar) {
        return true;
    }
}
