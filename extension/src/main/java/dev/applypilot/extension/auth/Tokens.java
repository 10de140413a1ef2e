package dev.applypilot.extension.auth;

import dev.applypilot.shared.json.JsonParseException;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonValue;

/**
 * What a login or refresh returns, with expiry turned into absolute times.
 *
 * @param accessToken      short-lived bearer token (kept in session storage only)
 * @param accessExpiresAt  epoch millis
 * @param refreshToken     rotating refresh token (kept in local storage; each refresh replaces it)
 * @param refreshExpiresAt epoch millis
 * @param email            the signed-in account's email, or null
 */
public record Tokens(String accessToken, long accessExpiresAt, String refreshToken, long refreshExpiresAt, String email) {

    /** Refresh this long before the access token expires. */
    public static final long REFRESH_MARGIN_MILLIS = 60_000;

    /** Parses a login/refresh reply received at {@code now}; null when it lacks the tokens. */
    public static Tokens fromReply(String body, long now) {
        JsonValue reply;
        try {
            reply = JsonParser.parse(body);
        } catch (JsonParseException | NullPointerException e) {
            return null;
        }
        String access = reply.get("accessToken").text().orElse(null);
        String refresh = reply.get("refreshToken").text().orElse(null);
        if (access == null || refresh == null) {
            return null;
        }
        long expiresIn = reply.get("expiresIn").number().map(Double::longValue).orElse(900L);
        long refreshExpiresIn = reply.get("refreshExpiresIn").number().map(Double::longValue).orElse(30L * 24 * 3600);
        String email = reply.get("account").get("email").text().orElse(null);
        return new Tokens(access, now + expiresIn * 1000, refresh, now + refreshExpiresIn * 1000, email);
    }

    /** Millis from {@code now} until the access token should be refreshed (0 = now). */
    public long refreshDelay(long now) {
        return Math.max(0, accessExpiresAt - REFRESH_MARGIN_MILLIS - now);
    }

    public boolean accessUsable(long now) {
        return accessToken != null && now < accessExpiresAt - 5_000;
    }
}
