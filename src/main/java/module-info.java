/** Coze Token Doctor: why a Coze OAuth token stopped working, and the way back to a working one. */
module dev.tokendoctor {
    requires javafx.controls;
    requires javafx.web;
    requires jdk.jsobject; // the Web app view calls the page's localStorage through JSObject
    requires org.controlsfx.controls;
    requires com.fasterxml.jackson.databind;
    requires com.auth0.jwt;
    requires org.apache.httpcomponents.client5.httpclient5;
    requires org.apache.httpcomponents.core5.httpcore5;
    requires jdk.httpserver;
    requires java.sql;
    // Browser stores: sqlite-jdbc is a named module; snappy-java is automatic, its name derived from the jar file.
    requires org.xerial.sqlitejdbc;
    requires snappy.java;
    // httpclient5 is an automatic module and cannot declare these itself. SLF4J must be in the
    // module graph for it (its binding, slf4j-nop, is found by service binding).
    requires org.slf4j;
    requires jdk.net;
    requires java.security.jgss;
    // Secrets at rest in the OS credential store. java-keyring and its Secret Service library are
    // automatic modules and declare no requires: D-Bus (a named module) must be read from here so
    // that it is in the module graph at all; its unix-socket transport is found by service binding.
    requires java.keyring;
    requires org.freedesktop.dbus;
    // The command line: picocli fills the subcommands' annotated fields reflectively.
    requires info.picocli;
    opens dev.tokendoctor.cli to info.picocli;

    // Nothing else is exported: no other tool links against these packages (the sandbox runs
    // from this module's own class path, the benchmarks and tests from the class path).
    // JavaFX constructs the Application reflectively: only javafx.graphics needs the app package.
    exports dev.tokendoctor.app to javafx.graphics;
}
