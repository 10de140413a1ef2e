package dev.applypilot.server.auth;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevokedTokensTest {
    private final RevokedTokens revoked = new RevokedTokens(new AuthSettings(Duration.ofMinutes(15), Duration.ofDays(30), 4, 1, 1, 1));
    private final long now = Instant.now().getEpochSecond();

    @Test
    void aRevokedTokenIsCoveredUntilItWouldHaveExpired() {
        revoked.token("jti-1", now + 600);
        assertTrue(revoked.covers("jti-1", "user-1", now));
        assertFalse(revoked.covers("jti-2", "user-1", now));
        revoked.purge();
        assertTrue(revoked.covers("jti-1", "user-1", now), "still within its lifetime");

        revoked.token("jti-old", now - 1);
        revoked.purge();
        assertFalse(revoked.covers("jti-old", "user-1", now), "expired tokens need no entry");
    }

    @Test
    void revokingAUserCoversTokensIssuedUpToThatSecondOnly() {
        revoked.userBefore("user-1", now);
        assertTrue(revoked.covers("any", "user-1", now - 300));
        assertTrue(revoked.covers("any", "user-1", now)); // issued in the same second: revoked, as the iat has no finer grain
        assertFalse(revoked.covers("any", "user-1", now + 1));
        assertFalse(revoked.covers("any", "user-2", now - 300));
        assertFalse(revoked.covers(null, null, now - 300));
    }

    @Test
    void aUserEntryLastsAsLongAsTheTokensItCoversPlusSkew() {
        revoked.userBefore("user-1", now - Duration.ofMinutes(15).toSeconds() - RevokedTokens.SKEW_SECONDS + 5);
        revoked.userBefore("user-2", now - Duration.ofMinutes(15).toSeconds() - RevokedTokens.SKEW_SECONDS - 5);
        revoked.purge();
        assertTrue(revoked.covers("any", "user-1", 0));
        assertFalse(revoked.covers("any", "user-2", 0));
    }
}
