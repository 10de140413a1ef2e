package dev.applypilot.server.sync;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Browsers cannot set headers on {@code new WebSocket(url, ["bearer", token])}; the token arrives as the second
 * offered subprotocol. Read only for {@code /ws}, so REST keeps to the Authorization header, and never from the
 * URL (query strings end up in access logs).
 */
@Singleton
class BearerSubprotocolTokenReader implements TokenReader<HttpRequest<?>> {
    static final String SUBPROTOCOL = "bearer";

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        if (!"/ws".equals(request.getPath())) {
            return Optional.empty();
        }
        String offered = request.getHeaders().get("Sec-WebSocket-Protocol");
        if (offered == null) {
            return Optional.empty();
        }
        String[] protocols = offered.split(",");
        for (int i = 0; i + 1 < protocols.length; i++) {
            if (protocols[i].trim().equals(SUBPROTOCOL)) {
                String token = protocols[i + 1].trim();
                return token.isEmpty() ? Optional.empty() : Optional.of(token);
            }
        }
        return Optional.empty();
    }
}
