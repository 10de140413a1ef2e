package dev.applypilot.server.dashboard;

import dev.applypilot.server.auth.TokenPair;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The dashboard session's access token: the one {@link SessionRefreshFilter} just obtained for this request, else the
 * {@code ap_session} cookie. Micronaut's own CookieTokenReader only exists when
 * {@code micronaut.security.authentication=cookie}, which would also switch the whole API to cookie login handling and
 * HTML redirects; this reader adds the cookie beside the API's bearer reader instead. A request that carries an
 * Authorization header is left to the bearer reader.
 */
@Singleton
class SessionTokenReader implements TokenReader<HttpRequest<?>> {
    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return Optional.empty();
        }
        Optional<String> refreshed = request.getAttribute(SessionRefreshFilter.REFRESHED, TokenPair.class).map(TokenPair::accessToken);
        return refreshed.isPresent() ? refreshed : SessionCookies.read(request, SessionCookies.ACCESS);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
