package dev.tokendoctor.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Unguessable strings and the PKCE transform. */
final class Randoms {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String USER_CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";

    private Randoms() {
    }

    /** {@code bytes} random bytes, base64url without padding. */
    static String token(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A string of random decimal digits. */
    static String digits(int count) {
        StringBuilder sb = new StringBuilder(count);
        sb.append(1 + RANDOM.nextInt(9));
        while (sb.length() < count) {
            sb.append(RANDOM.nextInt(10));
        }
        return sb.toString();
    }

    /** A user code such as {@code BKDF-QRTW}: no vowels, no look-alikes. */
    static String userCode() {
        StringBuilder sb = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                sb.append('-');
            }
            sb.append(USER_CODE_ALPHABET.charAt(RANDOM.nextInt(USER_CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    /** A Coze-looking log id: a timestamp-like prefix plus random hex, unique per response. */
    static String logId(long epochMillis) {
        byte[] b = new byte[10];
        RANDOM.nextBytes(b);
        return epochMillis + HexFormat.of().withUpperCase().formatHex(b);
    }

    /** base64url(sha256(verifier)) without padding: the S256 code challenge. */
    static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Constant-time comparison of two secrets; {@code null} never matches. */
    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
