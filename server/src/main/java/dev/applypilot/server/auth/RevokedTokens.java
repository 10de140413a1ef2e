package dev.applypilot.server.auth;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This instance's copy of the access-token deny-list, checked on every authenticated request without a network
 * hop: revoked token ids, and per user a time before which all of their tokens are revoked. Each entry is kept
 * until the tokens it covers would have expired anyway. {@link RevocationBroadcast} keeps it in step with Redis.
 */
@Singleton
class RevokedTokens {
    /** Clock skew allowed on top of the access-token lifetime before a "revoked before" entry is dropped. */
    static final long SKEW_SECONDS = 60;

    private final ConcurrentHashMap<String, Long> tokenExpiries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> usersRevokedBefore = new ConcurrentHashMap<>();
    private final long accessTokenTtlSeconds;

    RevokedTokens(AuthSettings settings) {
        this.accessTokenTtlSeconds = settings.accessTokenTtl().toSeconds();
    }

    /** Token {@code jti} is revoked until it expires at {@code expiresAt} (epoch seconds). */
    void token(String jti, long expiresAt) {
        tokenExpiries.merge(jti, expiresAt, Math::max);
    }

    /** Every token of the user issued at or before {@code before} (epoch seconds) is revoked. */
    void userBefore(String userId, long before) {
        usersRevokedBefore.merge(userId, before, Math::max);
    }

    boolean covers(Object jti, Object userId, long issuedAt) {
        if (jti != null && tokenExpiries.containsKey(jti.toString())) {
            return true;
        }
        Long before = userId == null ? null : usersRevokedBefore.get(userId.toString());
        return before != null && issuedAt <= before;
    }

    /** The covered tokens have expired on their own by now, so their entries can go. */
    @Scheduled(fixedDelay = "1m", initialDelay = "1m")
    void purge() {
        long now = Instant.now().getEpochSecond();
        tokenExpiries.values().removeIf(expiresAt -> expiresAt < now);
        usersRevokedBefore.values().removeIf(before -> before + accessTokenTtlSeconds + SKEW_SECONDS < now);
    }
}
