package dev.tokendoctor.oauth.client;

import dev.tokendoctor.core.token.Fingerprint;
import java.util.Objects;

/**
 * What a service app ("OAuth JWT" in the console) signs with.
 *
 * @param appId         the NUMERIC app id (the {@code iss} claim), not a {@code .app.coze} client id
 * @param keyId         the public key fingerprint shown in the console (the {@code kid} header)
 * @param privateKeyPem the RSA private key, PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----})
 * @param accountId     an enterprise account to get tokens for (the SDKs' {@code accountId}), or blank
 */
public record JwtAppCredentials(String appId, String keyId, String privateKeyPem, String accountId) {

    /** Credentials for the app's own token endpoint. */
    public JwtAppCredentials(String appId, String keyId, String privateKeyPem) {
        this(appId, keyId, privateKeyPem, "");
    }

    public JwtAppCredentials {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(privateKeyPem, "privateKeyPem");
        accountId = accountId == null ? "" : accountId.strip();
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "JwtAppCredentials[appId=" + appId + ", keyId=" + keyId + ", privateKeyPem="
                + Fingerprint.text(privateKeyPem) + ", accountId=" + accountId + "]";
    }
}
