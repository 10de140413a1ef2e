package dev.applypilot.server.auth;

import dev.applypilot.server.platform.ApiException;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The accounts whose email is in {@code applypilot.admin-emails}: only they may use the admin views (generation
 * usage, the work queue's dead letters), and what they change goes to the audit log. Read from configuration, not
 * stored, so granting it takes a deploy.
 */
@Singleton
public class Administrators {
    private final AuthService accounts;
    private final AuditLog audit;
    private final Set<String> emails;

    Administrators(AuthService accounts, AuditLog audit, @Value("${applypilot.admin-emails:}") String emails) {
        this.accounts = accounts;
        this.audit = audit;
        this.emails = Arrays.stream(emails.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(AuthService::normaliseEmail).collect(Collectors.toUnmodifiableSet());
    }

    /** The signed-in administrator's user id; 403 for anyone else. */
    public UUID require(Authentication authentication) {
        UUID userId = UUID.fromString(authentication.getName());
        String email = accounts.account(userId).map(a -> AuthService.normaliseEmail(a.email())).orElse("");
        if (!emails.contains(email)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "This view is for administrators.",
                    "Ask an administrator to add your email to applypilot.admin-emails.");
        }
        return userId;
    }

    /** Writes what an administrator changed (e.g. {@code work_replay:<kind>:<job>}) to the audit log. */
    public void recordAction(UUID admin, String action, String ip) {
        audit.record(admin, action, ip);
    }
}
