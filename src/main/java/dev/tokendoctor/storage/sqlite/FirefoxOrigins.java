package dev.tokendoctor.storage.sqlite;

/** Firefox's names for origins: sanitized folder names and the legacy reversed-host keys. */
public final class FirefoxOrigins {

    /**
     * {@code http+++localhost+8082} → {@code http://localhost:8082}; an origin-attribute suffix
     * ({@code ^userContextId=1}) is kept as it is.
     */
    public static String fromFolderName(String folder) {
        int caret = folder.indexOf('^');
        String base = caret < 0 ? folder : folder.substring(0, caret);
        String suffix = caret < 0 ? "" : folder.substring(caret);
        int scheme = base.indexOf("+++");
        if (scheme < 0) {
            return folder;
        }
        String rest = base.substring(scheme + 3);
        if (rest.startsWith("+")) {
            rest = "/" + rest.substring(1).replace('+', '/'); // file:///path
            return base.substring(0, scheme) + "://" + rest + suffix;
        }
        int port = rest.lastIndexOf('+');
        if (port > 0 && rest.substring(port + 1).chars().allMatch(Character::isDigit) && port < rest.length() - 1
                && !rest.startsWith("[")) {
            rest = rest.substring(0, port) + ":" + rest.substring(port + 1);
        }
        return base.substring(0, scheme) + "://" + rest + suffix;
    }

    /** {@code tsohlacol.:http:8082} → {@code http://localhost:8082}; unknown forms come back unchanged. */
    public static String fromLegacyKey(String originKey) {
        String[] parts = originKey.split(":", -1);
        if (parts.length != 3 || parts[0].isEmpty()) {
            return originKey;
        }
        String reversed = parts[0].endsWith(".") ? parts[0].substring(0, parts[0].length() - 1) : parts[0];
        String host = new StringBuilder(reversed).reverse().toString();
        boolean defaultPort = parts[2].isEmpty() || "http".equals(parts[1]) && "80".equals(parts[2])
                || "https".equals(parts[1]) && "443".equals(parts[2]);
        return parts[1] + "://" + host + (defaultPort ? "" : ":" + parts[2]);
    }

    private FirefoxOrigins() {
    }
}
