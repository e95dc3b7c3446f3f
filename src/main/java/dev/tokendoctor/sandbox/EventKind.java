package dev.tokendoctor.sandbox;

/** What a sandbox records, for tests and the demo's activity view. */
public enum EventKind {
    AUTHORIZE_APPROVED,
    AUTHORIZE_DENIED,
    CODE_EXCHANGED,
    REFRESH_SERVED,
    REFRESH_REUSED,
    DEVICE_CODE_ISSUED,
    DEVICE_APPROVED,
    DEVICE_DENIED,
    DEVICE_TOKEN_ISSUED,
    JWT_TOKEN_ISSUED,
    TOKEN_ERROR,
    USERS_ME_OK,
    USERS_ME_REJECTED,
    FAULT_INJECTED
}
