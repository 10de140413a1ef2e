package dev.applypilot.server.dashboard;

import dev.applypilot.server.auth.TokenPair;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.time.Duration;
import java.util.Optional;

/**
 * The dashboard session: the access JWT (read by {@link SessionTokenReader})
 * and the refresh token, both HttpOnly, Secure and SameSite=Lax so page script and other sites cannot use them.
 */
final class SessionCookies {
    static final String ACCESS = "ap_session";
    static final String REFRESH = "ap_refresh";

    private SessionCookies() {
    }

    static void write(MutableHttpResponse<?> response, TokenPair pair) {
        response.cookie(cookie(ACCESS, pair.accessToken(), Duration.ofSeconds(pair.expiresIn())));
        response.cookie(cookie(REFRESH, pair.refreshToken(), Duration.ofSeconds(pair.refreshExpiresIn())));
    }

    static void clear(MutableHttpResponse<?> response) {
        response.cookie(cookie(ACCESS, "", Duration.ZERO));
        response.cookie(cookie(REFRESH, "", Duration.ZERO));
    }

    static Optional<String> read(HttpRequest<?> request, String name) {
        return request.getCookies().findCookie(name).map(Cookie::getValue).filter(value -> !value.isBlank());
    }

    static Cookie cookie(String name, String value, Duration maxAge) {
        return Cookie.of(name, value).path("/").httpOnly(true).secure(true).sameSite(SameSite.Lax).maxAge(maxAge);
    }
}
