package dev.tokendoctor.ui.shell;

/** The screens reachable from the navigation. An entry is added only when its screen works. */
public enum Page {
    STATUS, WIZARD, SIGNIN, INSPECTOR, NETLOG, SETTINGS
}
