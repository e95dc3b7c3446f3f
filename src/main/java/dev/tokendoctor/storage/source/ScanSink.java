package dev.tokendoctor.storage.source;

/** Receives a scan's results as they are found; called from the scanning thread. */
public interface ScanSink {

    void entry(StorageEntry entry);

    void error(ScanError error);
}
