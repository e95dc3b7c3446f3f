package dev.tokendoctor.oauth.client;

/** Who {@code GET /v1/users/me} says the token belongs to. Fields are {@code null} when absent. */
public record CozeUser(String userId, String userName, String nickName, String avatarUrl) {
}
