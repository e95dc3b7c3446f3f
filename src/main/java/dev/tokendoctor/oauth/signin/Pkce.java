package dev.tokendoctor.oauth.signin;

import dev.tokendoctor.core.token.Fingerprint;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A PKCE pair (RFC 7636): the secret {@code verifier} kept by the app and the {@code challenge}
 * sent on the authorize URL. S256 is the default; {@code plain} exists only to reproduce old apps.
 */
public record Pkce(String verifier, String challenge, String method) {

    /** The challenge method Coze documents. */
    public static final String S256 = "S256";
    /** The fallback method, never chosen by default. */
    public static final String PLAIN = "plain";
    /** Default verifier length in characters. */
    public static final int DEFAULT_LENGTH = 64;

    private static final String ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    public Pkce {
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(method, "method");
    }

    /** A fresh S256 pair with a {@value #DEFAULT_LENGTH}-character verifier. */
    public static Pkce generate(SecureRandom random) {
        return generate(random, DEFAULT_LENGTH);
    }

    /** A fresh S256 pair with a verifier of {@code length} (43–128) unreserved characters. */
    public static Pkce generate(SecureRandom random, int length) {
        if (length < 43 || length > 128) {
            throw new IllegalArgumentException("PKCE verifier length must be 43..128, was " + length);
        }
        StringBuilder verifier = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            verifier.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s256(verifier.toString());
    }

    /** The S256 pair for a given verifier. */
    public static Pkce s256(String verifier) {
        requireValid(verifier);
        return new Pkce(verifier, challengeS256(verifier), S256);
    }

    /** The plain pair (challenge = verifier). */
    public static Pkce plain(String verifier) {
        requireValid(verifier);
        return new Pkce(verifier, verifier, PLAIN);
    }

    /** base64url(sha256(verifier)) without padding. */
    public static String challengeS256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static void requireValid(String verifier) {
        if (verifier == null || !VALID.matcher(verifier).matches()) {
            throw new IllegalArgumentException(
                    "PKCE verifier must be 43..128 characters of A-Z a-z 0-9 - . _ ~");
        }
    }

    @Override
    public String toString() {
        return "Pkce[verifier=" + Fingerprint.text(verifier) + ", challenge=" + challenge
                + ", method=" + method + "]";
    }
}
