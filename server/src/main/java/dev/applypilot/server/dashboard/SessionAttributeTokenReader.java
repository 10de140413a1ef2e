package dev.applypilot.server.dashboard;

import dev.applypilot.server.auth.TokenPair;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/** The access token that {@link SessionRefreshFilter} just obtained for this request, ahead of the stale cookie. */
@Singleton
class SessionAttributeTokenReader implements TokenReader<HttpRequest<?>> {
    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getAttribute(SessionRefreshFilter.REFRESHED, TokenPair.class).map(TokenPair::accessToken);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
