package dev.applypilot.server.auth;

import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Revoked access tokens, in Redis so a sign-out holds on every server instance at once. A revoked jti is kept until
 * the token would have expired anyway; "all tokens of a user issued before T" covers account deletion.
 * With Redis unreachable, tokens are accepted on their signature and 15-minute expiry alone (logged).
 */
@Singleton
public class AccessTokenRevocation implements GenericJwtClaimsValidator<HttpRequest<?>> {
    private static final Logger LOG = LoggerFactory.getLogger(AccessTokenRevocation.class);
    private final StatefulRedisConnection<String, String> redis;
    private final AuthSettings settings;

    AccessTokenRevocation(StatefulRedisConnection<String, String> redis, AuthSettings settings) {
        this.redis = redis;
        this.settings = settings;
    }

    /** Best effort: with Redis down the token still dies at its 15-minute expiry, and its refresh family is revoked in PostgreSQL. */
    void revoke(String jti, Instant expiresAt) {
        long seconds = Math.max(1, Duration.between(Instant.now(), expiresAt).toSeconds());
        try {
            redis.sync().setex("revoked:jti:" + jti, seconds, "1");
        } catch (RedisException e) {
            LOG.warn("Access token {} not put on the deny-list, Redis unavailable: {}", jti, e.getMessage());
        }
    }

    /** Revokes every access token of the user issued up to now. */
    public void revokeAllOf(String userId) {
        redis.sync().setex("revoked:before:" + userId, settings.accessTokenTtl().toSeconds() + 60, Long.toString(Instant.now().getEpochSecond()));
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        Object jti = claims.get("jti");
        Object sub = claims.get("sub");
        Object iat = claims.get("iat");
        try {
            // Every authenticated request passes here: one round trip reads both revocation keys.
            List<KeyValue<String, String>> revoked = redis.sync().mget("revoked:jti:" + jti, "revoked:before:" + sub);
            if (jti != null && revoked.get(0).hasValue()) {
                return false;
            }
            KeyValue<String, String> before = revoked.get(1);
            return sub == null || !before.hasValue() || issuedAt(iat) > Long.parseLong(before.getValue());
        } catch (RedisException e) {
            LOG.warn("Access-token revocation not checked, Redis unavailable: {}", e.getMessage());
            return true;
        }
    }

    private static long issuedAt(Object iat) {
        if (iat instanceof java.util.Date date) {
            return date.toInstant().getEpochSecond();
        }
        return iat instanceof Number number ? number.longValue() : 0;
    }
}
