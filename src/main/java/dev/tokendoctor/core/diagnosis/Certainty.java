package dev.tokendoctor.core.diagnosis;

/** How sure the classifier is of its primary finding. */
public enum Certainty {
    /** Coze's own code or wording, or an error name that means one thing, and nothing close behind. */
    HIGH,
    /** A phrase or a class name that usually means this, or a close second candidate. */
    MEDIUM,
    /** Only generic words (a bare status, "token expired"): check the second candidate too. */
    LOW
}
