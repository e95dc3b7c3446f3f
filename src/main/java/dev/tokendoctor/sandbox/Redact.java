package dev.tokendoctor.sandbox;

import dev.tokendoctor.core.token.Fingerprint;

/** The form in which the sandbox mentions a secret in events. */
final class Redact {

    private Redact() {
    }

    static String of(String secret) {
        return Fingerprint.text(secret);
    }
}
