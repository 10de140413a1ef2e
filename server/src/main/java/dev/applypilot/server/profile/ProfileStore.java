package dev.applypilot.server.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The profiles table: one JSON document per user with a compare-and-set on {@code updated_at}. */
@Singleton
@Transactional
class ProfileStore {
    record Stored(String json, Instant updatedAt) {
    }

    private final JdbcOperations jdbc;

    ProfileStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(UUID userId) {
        return jdbc.prepareStatement("select document::text, updated_at from profiles where user_id = ?", statement -> {
            statement.setObject(1, userId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new Stored(rows.getString(1), rows.getTimestamp(2).toInstant())) : Optional.empty();
            }
        });
    }

    /** Creates the profile; empty when one already exists (someone else created it first). */
    Optional<Instant> insert(UUID userId, String json) {
        return jdbc.prepareStatement("""
                insert into profiles (user_id, document, updated_at) values (?, ?::jsonb, clock_timestamp())
                on conflict (user_id) do nothing returning updated_at""", statement -> {
            statement.setObject(1, userId);
            statement.setString(2, json);
            return single(statement.executeQuery());
        });
    }

    /** Replaces the document if its version is still {@code expected}; empty when it changed meanwhile. */
    Optional<Instant> update(UUID userId, String json, Instant expected) {
        // The new version is strictly later than the old even when the clock has not moved (same microsecond).
        return jdbc.prepareStatement("""
                update profiles set document = ?::jsonb,
                       updated_at = greatest(clock_timestamp(), updated_at + interval '1 microsecond')
                 where user_id = ? and updated_at = ? returning updated_at""", statement -> {
            statement.setString(1, json);
            statement.setObject(2, userId);
            statement.setTimestamp(3, Timestamp.from(expected));
            return single(statement.executeQuery());
        });
    }

    private static Optional<Instant> single(@Nullable ResultSet rows) throws java.sql.SQLException {
        try (rows) {
            return rows.next() ? Optional.of(rows.getTimestamp(1).toInstant()) : Optional.empty();
        }
    }
}
