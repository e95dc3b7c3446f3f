package dev.tokendoctor.core.token;

import java.time.Instant;
import java.util.Map;

/**
 * What a JWT says about itself. The signature is never verified here (the doctor holds no key),
 * so nothing in this record is trusted: it is evidence, not proof.
 */
public record JwtDetails(
        Map<String, Object> header,
        Map<String, Object> claims,
        String algorithm,
        Instant expiresAt,
        Instant issuedAt,
        Instant notBefore) {

    public JwtDetails {
        header = Map.copyOf(header);
        claims = Map.copyOf(claims);
    }

    /** {@code alg: none} means anyone could have written this token. */
    public boolean unsigned() {
        return algorithm == null || "none".equalsIgnoreCase(algorithm);
    }

    /** Always false: without the issuer's key a signature cannot be checked. */
    public boolean signatureVerified() {
        return false;
    }
}
