package dev.tokendoctor.storage;

/**
 * The user's choices that outlive a session.
 *
 * @param language            {@code zh} or {@code en}; null follows the system locale
 * @param expiringSoonMinutes the EXPIRING_SOON threshold (the guide uses 10)
 * @param notifications       whether to pop a notification when the token is about to expire or expires
 * @param connection          the Coze app (or the built-in sandbox) the doctor talks to
 */
public record AppSettings(String language, int expiringSoonMinutes, boolean notifications, ConnectionSettings connection) {

    public static final AppSettings DEFAULT = new AppSettings(null, 10, true, ConnectionSettings.DEFAULT);

    public AppSettings(String language, int expiringSoonMinutes, boolean notifications) {
        this(language, expiringSoonMinutes, notifications, ConnectionSettings.DEFAULT);
    }

    public AppSettings {
        if (expiringSoonMinutes < 0 || expiringSoonMinutes > 24 * 60) {
            expiringSoonMinutes = 10;
        }
        if (connection == null) {
            connection = ConnectionSettings.DEFAULT;
        }
    }

    public AppSettings withLanguage(String value) {
        return new AppSettings(value, expiringSoonMinutes, notifications, connection);
    }

    public AppSettings withExpiringSoonMinutes(int value) {
        return new AppSettings(language, value, notifications, connection);
    }

    public AppSettings withNotifications(boolean value) {
        return new AppSettings(language, expiringSoonMinutes, value, connection);
    }

    public AppSettings withConnection(ConnectionSettings value) {
        return new AppSettings(language, expiringSoonMinutes, notifications, value);
    }
}
