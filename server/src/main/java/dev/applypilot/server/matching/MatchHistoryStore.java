package dev.applypilot.server.matching;

import dev.applypilot.server.sync.Transactions;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The match_history table: append a result unless it equals the pair's latest one; read a user's history. */
@Singleton
class MatchHistoryStore {
    /** A computed result to record; {@code resultJson} is the MatchResult as JSON. */
    record NewEntry(UUID jobId, int score, MatchBand band, String resultJson) {
    }

    /** A stored row. */
    record Row(UUID id, UUID jobId, UUID resumeId, int score, MatchBand band, String engineVersion, Instant createdAt,
               String resultJson) {
    }

    private static final String INSERT_IF_CHANGED = """
            insert into match_history (id, user_id, job_id, resume_id, score, band, engine_version, result)
            select ?, ?, ?, ?, ?, ?, ?, ?::jsonb
            where not exists (
                select 1 from (select engine_version, result from match_history
                               where user_id = ? and job_id = ? and resume_id = ?
                               order by created_at desc, id desc limit 1) latest
                where latest.engine_version = ? and latest.result = ?::jsonb)""";

    private final Transactions transactions;

    MatchHistoryStore(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Records the results of one resume version; returns how many rows were new. */
    int record(UUID userId, UUID resumeId, String engineVersion, List<NewEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        return transactions.write(connection -> {
            // Serialises a user's recorders, so two identical concurrent computations cannot both pass "not exists".
            try (PreparedStatement lock = connection.prepareStatement(
                    "select pg_advisory_xact_lock(hashtext('match_history'), hashtext(?))")) {
                lock.setString(1, userId.toString());
                lock.execute();
            }
            try (PreparedStatement statement = connection.prepareStatement(INSERT_IF_CHANGED)) {
                for (NewEntry entry : entries) {
                    statement.setObject(1, UUID.randomUUID());
                    statement.setObject(2, userId);
                    statement.setObject(3, entry.jobId());
                    statement.setObject(4, resumeId);
                    statement.setInt(5, entry.score());
                    statement.setString(6, entry.band().name());
                    statement.setString(7, engineVersion);
                    statement.setString(8, entry.resultJson());
                    statement.setObject(9, userId);
                    statement.setObject(10, entry.jobId());
                    statement.setObject(11, resumeId);
                    statement.setString(12, engineVersion);
                    statement.setString(13, entry.resultJson());
                    statement.addBatch();
                }
                int inserted = 0;
                for (int count : statement.executeBatch()) {
                    inserted += Math.max(count, 0);
                }
                return inserted;
            }
        });
    }

    /** Newest first; either filter may be null. */
    List<Row> list(UUID userId, @Nullable UUID jobId, @Nullable UUID resumeId, int limit) {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    select id, job_id, resume_id, score, band, engine_version, created_at, result::text from match_history
                    where user_id = ? and (?::uuid is null or job_id = ?::uuid) and (?::uuid is null or resume_id = ?::uuid)
                    order by created_at desc, id desc limit ?""")) {
                statement.setObject(1, userId);
                setUuid(statement, 2, jobId);
                setUuid(statement, 3, jobId);
                setUuid(statement, 4, resumeId);
                setUuid(statement, 5, resumeId);
                statement.setInt(6, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    List<Row> out = new ArrayList<>();
                    while (rows.next()) {
                        out.add(new Row(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getObject(3, UUID.class),
                                rows.getInt(4), MatchBand.valueOf(rows.getString(5)), rows.getString(6),
                                rows.getTimestamp(7).toInstant(), rows.getString(8)));
                    }
                    return out;
                }
            }
        });
    }

    private static void setUuid(PreparedStatement statement, int index, @Nullable UUID value) throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.OTHER);
        } else {
            statement.setObject(index, value);
        }
    }
}
