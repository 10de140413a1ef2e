package dev.applypilot.server.dashboard;

import dev.applypilot.server.sync.Transactions;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/** Single-use, expiring tokens (email links, extension sign-in codes); only their SHA-256 is stored. */
@Singleton
public class OneTimeTokens {
    /** What a token may be used for; a token of one purpose never works for another. */
    public enum Purpose { VERIFY_EMAIL, RESET_PASSWORD, EXTENSION_SIGN_IN }

    // No 0/O, 1/I/L: the extension code is read off the screen and typed.
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Transactions transactions;

    OneTimeTokens(Transactions transactions) {
        this.transactions = transactions;
    }

    /** A new link token; earlier unused ones of the same purpose stop working. */
    public String issue(UUID userId, Purpose purpose, Duration ttl) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return store(userId, purpose, ttl, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** A short code to type (10 characters from a 31-letter alphabet, about 50 bits), for the extension. */
    public String issueCode(UUID userId, Duration ttl) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return store(userId, Purpose.EXTENSION_SIGN_IN, ttl, code.toString());
    }

    /** The token's user, when it exists, has this purpose, is unexpired and unused; it is used up in the same step. */
    public Optional<UUID> consume(String token, Purpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String normalised = purpose == Purpose.EXTENSION_SIGN_IN ? token.trim().replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT) : token.trim();
        return transactions.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE one_time_tokens SET used_at = now() WHERE token_hash = ? "
                    + "AND purpose = ? AND used_at IS NULL AND expires_at > now() RETURNING user_id")) {
                statement.setString(1, sha256(normalised));
                statement.setString(2, purpose.name());
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
                }
            }
        });
    }

    private String store(UUID userId, Purpose purpose, Duration ttl, String token) {
        transactions.write(connection -> {
            try (PreparedStatement retire = connection.prepareStatement(
                    "UPDATE one_time_tokens SET used_at = now() WHERE user_id = ? AND purpose = ? AND used_at IS NULL")) {
                retire.setObject(1, userId);
                retire.setString(2, purpose.name());
                retire.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO one_time_tokens (token_hash, user_id, purpose, expires_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, sha256(token));
                insert.setObject(2, userId);
                insert.setString(3, purpose.name());
                insert.setTimestamp(4, Timestamp.from(Instant.now().plus(ttl)));
                return insert.executeUpdate();
            }
        });
        return token;
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
