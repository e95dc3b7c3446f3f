package dev.tokendoctor.storage;

/**
 * The user's choices that outlive a session.
 *
 * @param language            {@code zh} or {@code en}; null follows the system locale
 * @param expiringSoonMinutes the EXPIRING_SOON threshold (the guide uses 10)
 * @param notifications       whether to pop a notification when the token is about to expire or expires
 */
public record AppSettings(String language, int expiringSoonMinutes, boolean notifications) {

    public static final AppSettings DEFAULT = new AppSettings(null, 10, true);

    public AppSettings {
        if (expiringSoonMinutes < 0 || expiringSoonMinutes > 24 * 60) {
            expiringSoonMinutes = 10;
        }
    }

    public AppSettings withLanguage(String value) {
        return new AppSettings(value, expiringSoonMinutes, notifications);
    }

    public AppSettings withExpiringSoonMinutes(int value) {
        return new AppSettings(language, value, notifications);
    }

    public AppSettings withNotifications(boolean value) {
        return new AppSettings(language, expiringSoonMinutes, value);
    }
}
