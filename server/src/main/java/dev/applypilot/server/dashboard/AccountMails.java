package dev.applypilot.server.dashboard;

import dev.applypilot.server.dashboard.mail.Mailer;
import dev.applypilot.server.sync.Transactions;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;

/** The account mails: confirm the address after sign-up, and a password-reset link on request. */
@Singleton
class AccountMails {
    private final Mailer mailer;
    private final OneTimeTokens tokens;
    private final DashboardSettings settings;
    private final Transactions transactions;
    private final String publicUrl;

    AccountMails(Mailer mailer, OneTimeTokens tokens, DashboardSettings settings, Transactions transactions,
                 @Value("${applypilot.public-url}") String publicUrl) {
        this.mailer = mailer;
        this.tokens = tokens;
        this.settings = settings;
        this.transactions = transactions;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    void sendVerification(UUID userId, String email) {
        String token = tokens.issue(userId, OneTimeTokens.Purpose.VERIFY_EMAIL, settings.verifyEmailTtl());
        mailer.send(email, "Confirm your ApplyPilot email address",
                "Welcome to ApplyPilot.\n\nConfirm this address by opening:\n" + publicUrl + "/verify-email?token=" + token
                        + "\n\nThe link works once and expires in " + settings.verifyEmailTtl().toHours() + " hours."
                        + "\nIf you did not sign up, ignore this mail.\n");
    }

    /** Sends a link only when the account exists; the page answers the same either way (no account probing). */
    void sendPasswordReset(String email) {
        Optional<UUID> userId = userByEmail(email);
        if (userId.isEmpty()) {
            return;
        }
        String token = tokens.issue(userId.get(), OneTimeTokens.Purpose.RESET_PASSWORD, settings.passwordResetTtl());
        mailer.send(email, "Reset your ApplyPilot password",
                "Someone asked to reset the password of this ApplyPilot account.\n\nChoose a new password here:\n" + publicUrl
                        + "/reset-password?token=" + token + "\n\nThe link works once and expires in " + settings.passwordResetTtl().toMinutes()
                        + " minutes. If it was not you, ignore this mail; your password stays as it is.\n");
    }

    void markVerified(UUID userId) {
        transactions.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = ?")) {
                statement.setObject(1, userId);
                return statement.executeUpdate();
            }
        });
    }

    private Optional<UUID> userByEmail(String email) {
        String normalised = dev.applypilot.server.auth.AuthService.normaliseEmail(email);
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM users WHERE email = ?")) {
                statement.setString(1, normalised);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
                }
            }
        });
    }
}
