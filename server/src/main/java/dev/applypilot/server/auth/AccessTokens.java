package dev.applypilot.server.auth;

import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Signs short-lived access JWTs: subject = user id, a unique jti so a single token can be revoked. */
@Singleton
class AccessTokens {
    private final JwtTokenGenerator generator;
    private final AuthSettings settings;

    AccessTokens(JwtTokenGenerator generator, AuthSettings settings) {
        this.generator = generator;
        this.settings = settings;
    }

    String issue(UserRow user) {
        Instant now = Instant.now();
        Map<String, Object> claims = Map.of(
                "sub", user.id().toString(),
                "email", user.email(),
                "roles", List.of("user"),
                "jti", UUID.randomUUID().toString(),
                "iss", "applypilot",
                "iat", now.getEpochSecond(),
                "exp", now.plus(settings.accessTokenTtl()).getEpochSecond());
        return generator.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("The access token could not be signed; check the JWT secret"));
    }

    long ttlSeconds() {
        return settings.accessTokenTtl().toSeconds();
    }
}
