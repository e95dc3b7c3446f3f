package dev.tokendoctor.sandbox;

/** How {@code /v1/users/me} answers an expired or unknown access token. */
public enum InvalidTokenAnswer {
    /** HTTP 401, {@code code 4100 authentication is invalid}. */
    CODE_4100_HTTP_401(401, 4100, "authentication is invalid"),
    /** HTTP 200, {@code code 4100}: read the code, not the status. */
    CODE_4100_HTTP_200(200, 4100, "authentication is invalid"),
    /** HTTP 200, {@code code 700012006 access token invalid}. */
    CODE_700012006_HTTP_200(200, 700012006, "access token invalid");

    private final int httpStatus;
    private final long code;
    private final String message;

    InvalidTokenAnswer(int httpStatus, long code, String message) {
        this.httpStatus = httpStatus;
        this.code = code;
        this.message = message;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public long code() {
        return code;
    }

    public String message() {
        return message;
    }
}
