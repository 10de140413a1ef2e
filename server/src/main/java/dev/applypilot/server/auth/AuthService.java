package dev.applypilot.server.auth;

import dev.applypilot.server.platform.ApiException;
import dev.applypilot.server.platform.RateLimiter;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Accounts and sessions. A session is a refresh-token family: every refresh rotates the token, and presenting a
 * token that was already rotated (a sign it was stolen) revokes the whole family.
 */
@Singleton
public class AuthService {
    static final int MIN_PASSWORD_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final AccessTokens accessTokens;
    private final AccessTokenRevocation revocation;
    private final RateLimiter rateLimiter;
    private final AuthSettings settings;

    AuthService(UserRepository users, RefreshTokenRepository refreshTokens, AuditLog audit, PasswordHasher hasher,
                AccessTokens accessTokens, AccessTokenRevocation revocation, RateLimiter rateLimiter, AuthSettings settings) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.audit = audit;
        this.hasher = hasher;
        this.accessTokens = accessTokens;
        this.revocation = revocation;
        this.rateLimiter = rateLimiter;
        this.settings = settings;
    }

    public static String normaliseEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    @Transactional
    public TokenPair register(Credentials credentials, String ip) {
        rateLimiter.hit("register-ip", ip, settings.registerPerIpPerHour(), Duration.ofHours(1));
        String email = normaliseEmail(credentials.email());
        if (users.findByEmail(email).isPresent()) {
            throw new ApiException(HttpStatus.CONFLICT, "email_taken", "An account with this email already exists.",
                    "Sign in instead, or reset the password if you forgot it.");
        }
        UserRow user = users.save(new UserRow(UUID.randomUUID(), email, hasher.hash(credentials.password()), Instant.now(), null));
        audit.record(user.id(), "register", ip);
        return issue(user, UUID.randomUUID());
    }

    @Transactional
    public TokenPair login(Credentials credentials, String ip) {
        String email = normaliseEmail(credentials.email());
        rateLimiter.hit("login-ip", ip, settings.loginPerIpPerMinute(), Duration.ofMinutes(1));
        rateLimiter.hit("login-account", email, settings.loginPerAccountPer15Minutes(), Duration.ofMinutes(15));
        Optional<UserRow> user = users.findByEmail(email);
        if (user.isEmpty()) {
            hasher.matchesNothing(credentials.password());
            throw invalidCredentials();
        }
        if (!hasher.matches(credentials.password(), user.get().passwordHash())) {
            audit.record(user.get().id(), "login_failed", ip);
            throw invalidCredentials();
        }
        audit.record(user.get().id(), "login", ip);
        return issue(user.get(), UUID.randomUUID());
    }

    @Transactional(noRollbackFor = ApiException.class)
    public TokenPair refresh(String refreshToken, String ip) {
        RefreshTokenRow row = refreshTokens.findByTokenHash(sha256(refreshToken)).orElseThrow(AuthService::invalidRefreshToken);
        if (row.usedAt() != null || row.revokedAt() != null || refreshTokens.markUsed(row.id()) == 0) {
            refreshTokens.revokeFamily(row.familyId());
            audit.record(row.userId(), "refresh_token_reuse", ip);
            throw new ApiException(HttpStatus.UNAUTHORIZED, "refresh_token_reused",
                    "This refresh token was already used, so the session was ended for safety.", "Sign in again.");
        }
        if (row.expiresAt().isBefore(Instant.now())) {
            throw invalidRefreshToken();
        }
        UserRow user = users.findById(row.userId()).orElseThrow(AuthService::invalidRefreshToken);
        return issue(user, row.familyId());
    }

    /** Ends the session of this refresh token and revokes the access token used to ask. */
    @Transactional
    public void logout(String refreshToken, String accessJti, Instant accessExpiresAt, UUID userId, String ip) {
        if (refreshToken != null) {
            refreshTokens.findByTokenHash(sha256(refreshToken))
                    .filter(row -> row.userId().equals(userId))
                    .ifPresent(row -> refreshTokens.revokeFamily(row.familyId()));
        }
        if (accessJti != null) {
            revocation.revoke(accessJti, accessExpiresAt);
        }
        audit.record(userId, "logout", ip);
    }

    /** A new session for a user who proved who they are another way (an extension sign-in code from the dashboard). */
    @Transactional
    public TokenPair issueSession(UUID userId, String event, String ip) {
        UserRow user = users.findById(userId).orElseThrow(AuthService::invalidCredentials);
        audit.record(userId, event, ip);
        return issue(user, UUID.randomUUID());
    }

    /** Sets a new password (reset by email link) and ends every session of the account. */
    @Transactional
    public void resetPassword(UUID userId, String newPassword, String ip) {
        UserRow user = users.findById(userId).orElseThrow(AuthService::invalidCredentials);
        users.update(new UserRow(user.id(), user.email(), hasher.hash(newPassword), user.createdAt(), user.emailVerifiedAt()));
        refreshTokens.revokeAllOf(userId);
        revocation.revokeAllOf(userId.toString());
        audit.record(userId, "password_reset", ip);
    }

    public Optional<AccountResponse> account(UUID userId) {
        return users.findById(userId).map(AccountResponse::of);
    }

    private TokenPair issue(UserRow user, UUID familyId) {
        String refreshToken = randomToken();
        Instant now = Instant.now();
        refreshTokens.save(new RefreshTokenRow(UUID.randomUUID(), user.id(), familyId, sha256(refreshToken), now,
                now.plus(settings.refreshTokenTtl()), null, null));
        return new TokenPair(accessTokens.issue(user), "Bearer", accessTokens.ttlSeconds(), refreshToken,
                settings.refreshTokenTtl().toSeconds(), AccountResponse.of(user));
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiException invalidCredentials() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "invalid_credentials", "The email or password is wrong.",
                "Check both and try again, or reset the password.");
    }

    private static ApiException invalidRefreshToken() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "invalid_refresh_token", "The refresh token is not valid or has expired.", "Sign in again.");
    }
}
