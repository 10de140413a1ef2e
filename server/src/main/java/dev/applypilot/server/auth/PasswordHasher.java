package dev.applypilot.server.auth;

import jakarta.inject.Singleton;
import org.mindrot.jbcrypt.BCrypt;

/**
 * BCrypt with a configurable cost (at least 12). Unknown accounts are checked against a dummy hash of the same cost,
 * so a sign-in takes as long whether or not the email exists.
 */
@Singleton
class PasswordHasher {
    private final int cost;
    private final String dummyHash;

    PasswordHasher(AuthSettings settings) {
        if (settings.bcryptCost() < 12) {
            throw new IllegalStateException("applypilot.auth.bcrypt-cost must be at least 12");
        }
        this.cost = settings.bcryptCost();
        this.dummyHash = BCrypt.hashpw("not-a-real-password", BCrypt.gensalt(cost));
    }

    String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(cost));
    }

    boolean matches(String password, String hash) {
        return BCrypt.checkpw(password, hash);
    }

    /** Spends the same time as {@link #matches} for an account that does not exist. */
    void matchesNothing(String password) {
        BCrypt.checkpw(password, dummyHash);
    }
}
