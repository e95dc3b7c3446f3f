package dev.tokendoctor.core.diagnosis;

/** How much a configuration finding matters, least first. */
public enum Severity {
    /** Worth knowing; nothing is wrong. */
    INFO,
    /** Probably harmless, but untidy or fragile. */
    LOW,
    /** Likely to break something, or already breaking it in some cases. */
    MEDIUM,
    /** Breaks sign-in, or exposes a secret. */
    HIGH
}
