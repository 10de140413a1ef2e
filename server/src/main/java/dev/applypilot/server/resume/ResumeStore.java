package dev.applypilot.server.resume;

import dev.applypilot.server.resume.parse.ResumeFileType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The resumes table. Every read and write names the owner, so another user's id behaves like a missing one. */
@Singleton
@Transactional
class ResumeStore {
    /** Metadata and parse state of one row; {@code parsedJson} only when asked for. */
    record Row(UUID id, String fileName, String contentType, String fileType, long sizeBytes, String sha256,
               java.time.Instant createdAt, boolean primary, List<String> tags, @Nullable String notes, ResumeStatus status,
               @Nullable String errorCode, @Nullable String errorMessage, @Nullable String guidance,
               @Nullable java.time.Instant parsedAt, @Nullable String parsedJson, @Nullable String text) {
    }

    private static final String COLUMNS = "id, file_name, content_type, file_type, size_bytes, sha256, created_at, is_primary, tags, "
            + "notes, parse_status, parse_error_code, parse_error_message, parse_guidance, parsed_at";
    private final JdbcOperations jdbc;

    ResumeStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new PENDING version; the user's first resume becomes the primary. */
    void insert(UUID id, UUID userId, String fileName, String contentType, ResumeFileType type, String sha256, byte[] content) {
        jdbc.prepareStatement("""
                insert into resumes (id, user_id, file_name, content_type, file_type, size_bytes, sha256, content, created_at,
                                     is_primary, parse_status, enqueued_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp(),
                        not exists (select 1 from resumes where user_id = ? and is_primary), 'PENDING', clock_timestamp())""", statement -> {
            statement.setObject(1, id);
            statement.setObject(2, userId);
            statement.setString(3, fileName);
            statement.setString(4, contentType);
            statement.setString(5, type.name());
            statement.setLong(6, content.length);
            statement.setString(7, sha256);
            statement.setBytes(8, content);
            statement.setObject(9, userId);
            return statement.executeUpdate();
        });
    }

    /** Deletes all but the newest {@code keep} versions, never the primary; returns how many went. */
    int prune(UUID userId, int keep) {
        return jdbc.prepareStatement("""
                delete from resumes where user_id = ? and not is_primary and id not in
                  (select id from resumes where user_id = ? order by created_at desc, id desc limit ?)""", statement -> {
            statement.setObject(1, userId);
            statement.setObject(2, userId);
            statement.setInt(3, keep);
            return statement.executeUpdate();
        });
    }

    Optional<Row> find(UUID userId, UUID id, boolean withParse) {
        String sql = "select " + COLUMNS + (withParse ? ", parsed::text, extracted_text" : ", null, null")
                + " from resumes where user_id = ? and id = ?";
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, userId);
            statement.setObject(2, id);
            List<Row> rows = rows(statement);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
        });
    }

    List<Row> list(UUID userId) {
        return jdbc.prepareStatement("select " + COLUMNS + ", null, null from resumes where user_id = ? order by created_at desc, id desc",
                statement -> {
                    statement.setObject(1, userId);
                    return rows(statement);
                });
    }

    Optional<StoredFile> file(UUID userId, UUID id) {
        return jdbc.prepareStatement("select file_name, content_type, content from resumes where user_id = ? and id = ?", statement -> {
            statement.setObject(1, userId);
            statement.setObject(2, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new StoredFile(rows.getString(1), rows.getString(2), rows.getBytes(3))) : Optional.empty();
            }
        });
    }

    /**
     * Claims the resume for parsing under stream message {@code claim}: a PENDING row, a row the same message claimed
     * before (its consumer died and the message was redelivered), or a row whose claim is older than {@code staleAfter}
     * (its message was lost with its consumer). Empty when the row is gone, finished or being parsed under another
     * message.
     */
    Optional<byte[]> claim(UUID id, String claim, Duration staleAfter) {
        return jdbc.prepareStatement("""
                update resumes set parse_status = 'PARSING', parse_started_at = clock_timestamp(), parse_attempts = parse_attempts + 1,
                       parse_claim = ?
                 where id = ? and (parse_status = 'PENDING'
                       or (parse_status = 'PARSING' and (parse_claim = ? or parse_started_at < clock_timestamp() - ? * interval '1 millisecond')))
                returning content""", statement -> {
            statement.setString(1, claim);
            statement.setObject(2, id);
            statement.setString(3, claim);
            statement.setLong(4, staleAfter.toMillis());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
            }
        });
    }

    /**
     * Unfinished resumes not enqueued for {@code requeueAfter} (PENDING, or PARSING with a claim older than
     * {@code staleAfter}), marked enqueued now; SKIP LOCKED keeps two sweeping instances from taking the same rows.
     */
    List<UUID> takeUnqueued(Duration requeueAfter, Duration staleAfter, int limit) {
        return jdbc.prepareStatement("""
                update resumes set enqueued_at = clock_timestamp()
                 where id in (select id from resumes
                               where (parse_status = 'PENDING'
                                      or (parse_status = 'PARSING' and parse_started_at < clock_timestamp() - ? * interval '1 millisecond'))
                                 and coalesce(enqueued_at, created_at) < clock_timestamp() - ? * interval '1 millisecond'
                               order by created_at limit ? for update skip locked)
                returning id""", statement -> {
            statement.setLong(1, staleAfter.toMillis());
            statement.setLong(2, requeueAfter.toMillis());
            statement.setInt(3, limit);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        });
    }

    /** Resumes waiting for or in parsing, across all users: the parse queue's depth. */
    long queued() {
        return jdbc.prepareStatement("select count(*) from resumes where parse_status in ('PENDING', 'PARSING')", statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** Gives up on an unfinished resume (PENDING or PARSING); returns the owner when it was unfinished. */
    Optional<UUID> markGivenUp(UUID id, String code, String message, String guidance) {
        return jdbc.prepareStatement("""
                update resumes set parse_status = 'FAILED', parse_error_code = ?, parse_error_message = ?, parse_guidance = ?,
                       parsed_at = clock_timestamp()
                 where id = ? and parse_status in ('PENDING', 'PARSING') returning user_id""", statement -> {
            statement.setString(1, code);
            statement.setString(2, message);
            statement.setString(3, guidance);
            statement.setObject(4, id);
            return owner(statement);
        });
    }

    /** Puts a resume the queue gave up on back to PENDING with no attempts; returns the owner when it was given up. */
    Optional<UUID> markReopened(UUID id, String givenUpCode) {
        return jdbc.prepareStatement("""
                update resumes set parse_status = 'PENDING', parse_attempts = 0, parse_claim = null, parse_error_code = null,
                       parse_error_message = null, parse_guidance = null, parsed_at = null, enqueued_at = clock_timestamp()
                 where id = ? and parse_status = 'FAILED' and parse_error_code = ? returning user_id""", statement -> {
            statement.setObject(1, id);
            statement.setString(2, givenUpCode);
            return owner(statement);
        });
    }

    /** Records a finished parse; returns the owner when the row was still being parsed by this worker. */
    Optional<UUID> markParsed(UUID id, String parsedJson, String text) {
        return jdbc.prepareStatement("""
                update resumes set parse_status = 'PARSED', parsed = ?::jsonb, extracted_text = ?, parsed_at = clock_timestamp(),
                       parse_error_code = null, parse_error_message = null, parse_guidance = null
                 where id = ? and parse_status = 'PARSING' returning user_id""", statement -> {
            statement.setString(1, parsedJson);
            statement.setString(2, text);
            statement.setObject(3, id);
            return owner(statement);
        });
    }

    /** Records a failed parse; returns the owner when the row was still being parsed by this worker. */
    Optional<UUID> markFailed(UUID id, String code, String message, String guidance) {
        return jdbc.prepareStatement("""
                update resumes set parse_status = 'FAILED', parse_error_code = ?, parse_error_message = ?, parse_guidance = ?,
                       parsed_at = clock_timestamp()
                 where id = ? and parse_status = 'PARSING' returning user_id""", statement -> {
            statement.setString(1, code);
            statement.setString(2, message);
            statement.setString(3, guidance);
            statement.setObject(4, id);
            return owner(statement);
        });
    }

    private static Optional<UUID> owner(java.sql.PreparedStatement statement) throws java.sql.SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
        }
    }

    /** Makes {@code id} the user's only primary; false when the user has no such resume. */
    boolean makePrimary(UUID userId, UUID id) {
        if (find(userId, id, false).isEmpty()) {
            return false;
        }
        update("update resumes set is_primary = false where user_id = ? and is_primary and id <> ?", userId, id);
        update("update resumes set is_primary = true where user_id = ? and id = ?", userId, id);
        return true;
    }

    void updateMetadata(UUID userId, UUID id, @Nullable List<String> tags, @Nullable String notes) {
        jdbc.prepareStatement("""
                update resumes set tags = coalesce(?, tags), notes = coalesce(?, notes) where user_id = ? and id = ?""", statement -> {
            statement.setArray(1, tags == null ? null : statement.getConnection().createArrayOf("text", tags.toArray()));
            statement.setString(2, notes);
            statement.setObject(3, userId);
            statement.setObject(4, id);
            return statement.executeUpdate();
        });
    }

    /** Deletes a version; when it was the primary, the newest remaining one becomes primary. */
    boolean delete(UUID userId, UUID id) {
        Boolean wasPrimary = jdbc.prepareStatement("delete from resumes where user_id = ? and id = ? returning is_primary", statement -> {
            statement.setObject(1, userId);
            statement.setObject(2, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getBoolean(1) : null;
            }
        });
        if (Boolean.TRUE.equals(wasPrimary)) {
            update("""
                    update resumes set is_primary = true
                     where id = (select id from resumes where user_id = ? order by created_at desc limit 1) and user_id = ?""", userId, userId);
        }
        return wasPrimary != null;
    }

    private void update(String sql, UUID userId, UUID id) {
        jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, userId);
            statement.setObject(2, id);
            return statement.executeUpdate();
        });
    }

    private static List<Row> rows(PreparedStatement statement) throws SQLException {
        List<Row> result = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Array tags = rows.getArray(9);
                Timestamp parsedAt = rows.getTimestamp(15);
                result.add(new Row(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3), rows.getString(4), rows.getLong(5),
                        rows.getString(6), rows.getTimestamp(7).toInstant(), rows.getBoolean(8),
                        tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()), rows.getString(10),
                        ResumeStatus.valueOf(rows.getString(11)), rows.getString(12), rows.getString(13), rows.getString(14),
                        parsedAt == null ? null : parsedAt.toInstant(), rows.getString(16), rows.getString(17)));
            }
        }
        return result;
    }
}
