package dev.tokendoctor.core.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The only form in which a secret (token, client secret, code, private key) may leave memory:
 * a short prefix, the length and the first 8 hex digits of its SHA-256.
 * Two fingerprints are equal exactly when the secrets are (barring a 32-bit collision).
 */
public record Fingerprint(String prefix, int length, String hash) {

    /** Known token prefixes are shown in full; anything else shows its first two characters. */
    private static final String[] KNOWN_PREFIXES = {"czu_", "czs_", "pat_", "code_", "eyJ"};

    /**
     * The last few secrets fingerprinted, matched by identity (never by content): the Status screen
     * and the wizard show the followed token's fingerprints again every second, and each SHA-256
     * looked the provider up and hashed anew.
     */
    private static final AtomicReferenceArray<Recent> RECENT = new AtomicReferenceArray<>(4);
    private static final AtomicInteger NEXT = new AtomicInteger();

    /** One secret and its fingerprint. Not a record: a record's toString would print the secret. */
    private static final class Recent {
        final String secret;
        final Fingerprint fingerprint;

        Recent(String secret, Fingerprint fingerprint) {
            this.secret = secret;
            this.fingerprint = fingerprint;
        }
    }

    public static Fingerprint of(String secret) {
        if (secret == null) {
            return new Fingerprint("", 0, "");
        }
        for (int i = 0; i < RECENT.length(); i++) {
            Recent r = RECENT.get(i);
            if (r != null && r.secret == secret) {
                return r.fingerprint;
            }
        }
        Fingerprint computed = new Fingerprint(prefixOf(secret), secret.length(), sha256Hex(secret).substring(0, 8));
        RECENT.set(Math.floorMod(NEXT.getAndIncrement(), RECENT.length()), new Recent(secret, computed));
        return computed;
    }

    /** The text form, e.g. {@code czu_…(68)#3fa9c1d2}. */
    public static String text(String secret) {
        return of(secret).toString();
    }

    private static String prefixOf(String secret) {
        for (String known : KNOWN_PREFIXES) {
            if (secret.startsWith(known) && secret.length() > known.length() + 8) {
                return known;
            }
        }
        // Short secrets reveal nothing: their length and hash are enough to compare them.
        return secret.length() >= 16 ? secret.substring(0, 2) : "";
    }

    static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        if (length == 0) {
            return "∅";
        }
        return prefix + "…(" + length + ")#" + hash;
    }
}
