module secret.service {
    requires hkdf;
    requires org.slf4j;

    requires transitive org.freedesktop.dbus;

    exports org.freedesktop.secret;
    exports org.freedesktop.secret.errors;
    exports org.freedesktop.secret.handlers;
    exports org.freedesktop.secret.interfaces;
    exports org.freedesktop.secret.simple;
    exports org.freedesktop.secret.simple.interfaces;
    exports org.gnome.keyring;
    exports org.gnome.keyring.interfaces;

    // dbus-java builds proxies of the D-Bus interfaces and reads the Struct fields reflectively.
    opens org.freedesktop.secret to org.freedesktop.dbus;
    opens org.freedesktop.secret.interfaces to org.freedesktop.dbus;
    opens org.freedesktop.secret.simple.interfaces to org.freedesktop.dbus;
    opens org.gnome.keyring to org.freedesktop.dbus;
    opens org.gnome.keyring.interfaces to org.freedesktop.dbus;
}
