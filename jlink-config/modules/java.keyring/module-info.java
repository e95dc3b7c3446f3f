module java.keyring {
    requires jkeychain;
    requires org.freedesktop.dbus;
    requires secret.service;

    requires transitive com.sun.jna;
    requires transitive com.sun.jna.platform;

    exports com.github.javakeyring;
    exports com.github.javakeyring.internal;
    exports com.github.javakeyring.internal.freedesktop;
    exports com.github.javakeyring.internal.kde;
    exports com.github.javakeyring.internal.osx;
    exports com.github.javakeyring.internal.windows;


    // KWallet is reached through a dbus-java proxy; the Keychain and Credential Manager through JNA
    // structures and interfaces, which JNA fills reflectively.
    opens com.github.javakeyring.internal.kde to org.freedesktop.dbus;
    opens com.github.javakeyring.internal.osx to com.sun.jna;
    opens com.github.javakeyring.internal.windows to com.sun.jna;
}
