package dev.applypilot.server.auth;

import io.lettuce.core.RedisException;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * Revoked access tokens. A revoked jti is refused until the token would have expired anyway; "all tokens of a user
 * issued before T" covers password resets and account deletion. Requests are checked against this instance's
 * {@link RevokedTokens} (no Redis round trip per request, none on the event loop); {@link RevocationBroadcast}
 * makes a sign-out hold on every instance by the time it answers. With Redis unreachable a sign-out still holds on
 * the instance that took it, and elsewhere the token dies at its 15-minute expiry (its refresh family is revoked in
 * PostgreSQL).
 */
@Singleton
public class AccessTokenRevocation implements GenericJwtClaimsValidator<HttpRequest<?>> {
    private static final Logger LOG = LoggerFactory.getLogger(AccessTokenRevocation.class);
    private final RevokedTokens revoked;
    private final RevocationBroadcast broadcast;

    AccessTokenRevocation(RevokedTokens revoked, RevocationBroadcast broadcast) {
        this.revoked = revoked;
        this.broadcast = broadcast;
    }

    /** Best effort beyond this instance: with Redis down the other instances learn of it only through the expiry. */
    void revoke(String jti, Instant expiresAt) {
        revoked.token(jti, expiresAt.getEpochSecond());
        try {
            broadcast.token(jti, expiresAt.getEpochSecond());
        } catch (RedisException e) {
            LOG.warn("Access token {} not put on the shared deny-list, Redis unavailable: {}", jti, e.getMessage());
        }
    }

    /** Revokes every access token of the user issued up to now; fails when Redis cannot carry it to the other instances. */
    public void revokeAllOf(String userId) {
        long now = Instant.now().getEpochSecond();
        revoked.userBefore(userId, now);
        broadcast.userBefore(userId, now);
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        return !revoked.covers(claims.get("jti"), claims.get("sub"), issuedAt(claims.get("iat")));
    }

    private static long issuedAt(Object iat) {
        if (iat instanceof java.util.Date date) {
            return date.toInstant().getEpochSecond();
        }
        return iat instanceof Number number ? number.longValue() : 0;
    }
}
