package dev.tokendoctor.storage.source;

/** What kind of store a source reads. */
public enum SourceKind {
    /** The app's own {@code tokens.json}. */
    APP_STORE,
    /** The embedded WebView's profile (WebKit, SQLite per origin). */
    WEBVIEW,
    /** Chrome, Chromium, Edge or Brave (LevelDB). */
    CHROMIUM,
    /** Firefox (SQLite per origin, and the legacy webappsstore). */
    FIREFOX,
    /** A value pasted by the user or a JSON file they chose. */
    PASTED
}
