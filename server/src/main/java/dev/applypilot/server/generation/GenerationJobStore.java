package dev.applypilot.server.generation;

import dev.applypilot.server.platform.ApiError;
import dev.applypilot.server.platform.ApiException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The generation_jobs table: queued generation requests and how they ended. Reads name the owner. */
@Singleton
@Transactional
class GenerationJobStore {
    /** A job the worker claimed, with what it needs to run. */
    record Claimed(UUID id, UUID userId, String kind, @Nullable UUID jobId, UUID requestId, String request, String inputHash) {
    }

    private static final String VIEW = "id, kind, status, request_id, document_id, error_code, error_message, error_guidance, "
            + "created_at, finished_at";
    private final JdbcOperations jdbc;

    GenerationJobStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID userId, String kind, @Nullable UUID jobId, UUID requestId, String request, String inputHash) {
        jdbc.prepareStatement("""
                insert into generation_jobs (id, user_id, kind, job_id, request_id, request, input_hash, status, enqueued_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', clock_timestamp(), clock_timestamp())""", statement -> {
            statement.setObject(1, id);
            statement.setObject(2, userId);
            statement.setString(3, kind);
            statement.setObject(4, jobId);
            statement.setObject(5, requestId);
            statement.setString(6, request);
            statement.setString(7, inputHash);
            return statement.executeUpdate();
        });
    }

    Optional<GenerationJobView> find(UUID userId, UUID id) {
        return jdbc.prepareStatement("select " + VIEW + " from generation_jobs where user_id = ? and id = ?", statement -> {
            statement.setObject(1, userId);
            statement.setObject(2, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(view(rows)) : Optional.empty();
            }
        });
    }

    /** The error a FAILED job ended with, as the exception the synchronous API answers with. */
    Optional<ApiException> failure(UUID id) {
        return jdbc.prepareStatement("select error_status, error_code, error_message, error_guidance from generation_jobs "
                + "where id = ? and status = 'FAILED'", statement -> {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new ApiException(io.micronaut.http.HttpStatus.valueOf(rows.getInt(1)), rows.getString(2),
                        rows.getString(3), rows.getString(4))) : Optional.empty();
            }
        });
    }

    /**
     * Claims the job under stream message {@code claim}: PENDING, claimed before by the same message (its consumer
     * died), or claimed longer ago than {@code staleAfter} (message and consumer lost). Empty when it is finished
     * or running under another message.
     */
    Optional<Claimed> claim(UUID id, String claim, Duration staleAfter) {
        return jdbc.prepareStatement("""
                update generation_jobs set status = 'RUNNING', claim = ?, claimed_at = clock_timestamp(), attempts = attempts + 1
                 where id = ? and (status = 'PENDING'
                       or (status = 'RUNNING' and (claim = ? or claimed_at < clock_timestamp() - ? * interval '1 millisecond')))
                returning id, user_id, kind, job_id, request_id, request, input_hash""", statement -> {
            statement.setString(1, claim);
            statement.setObject(2, id);
            statement.setString(3, claim);
            statement.setLong(4, staleAfter.toMillis());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new Claimed(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                        rows.getString(3), rows.getObject(4, UUID.class), rows.getObject(5, UUID.class), rows.getString(6),
                        rows.getString(7))) : Optional.empty();
            }
        });
    }

    /** Records the saved document; the inputs (profile, resume text) are not kept past the job. */
    void markDone(UUID id, UUID documentId) {
        jdbc.prepareStatement("""
                update generation_jobs set status = 'DONE', document_id = ?, request = null, finished_at = clock_timestamp()
                 where id = ?""", statement -> {
            statement.setObject(1, documentId);
            statement.setObject(2, id);
            return statement.executeUpdate();
        });
    }

    /** Records how an unfinished job failed; false when it had already finished. */
    boolean markFailed(UUID id, ApiException failure) {
        ApiError error = failure.toError();
        return jdbc.prepareStatement("""
                update generation_jobs set status = 'FAILED', error_status = ?, error_code = ?, error_message = ?, error_guidance = ?,
                       request = null, finished_at = clock_timestamp()
                 where id = ? and status in ('PENDING', 'RUNNING')""", statement -> {
            statement.setInt(1, failure.status().getCode());
            statement.setString(2, error.error());
            statement.setString(3, error.message());
            statement.setString(4, error.guidance());
            statement.setObject(5, id);
            return statement.executeUpdate() == 1;
        });
    }

    /** The owner and kind of an unfinished job, for giving up on it. */
    Optional<Claimed> unfinished(UUID id) {
        return jdbc.prepareStatement("select id, user_id, kind, job_id, request_id, request, input_hash from generation_jobs "
                + "where id = ? and status in ('PENDING', 'RUNNING')", statement -> {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new Claimed(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                        rows.getString(3), rows.getObject(4, UUID.class), rows.getObject(5, UUID.class), rows.getString(6),
                        rows.getString(7))) : Optional.empty();
            }
        });
    }

    /** Unfinished jobs not enqueued for {@code requeueAfter} and not running under a fresh claim, marked enqueued now. */
    List<String> takeUnqueued(Duration requeueAfter, Duration staleAfter, int limit) {
        return jdbc.prepareStatement("""
                update generation_jobs set enqueued_at = clock_timestamp()
                 where id in (select id from generation_jobs
                               where (status = 'PENDING'
                                      or (status = 'RUNNING' and claimed_at < clock_timestamp() - ? * interval '1 millisecond'))
                                 and enqueued_at < clock_timestamp() - ? * interval '1 millisecond'
                               order by created_at limit ? for update skip locked)
                returning id""", statement -> {
            statement.setLong(1, staleAfter.toMillis());
            statement.setLong(2, requeueAfter.toMillis());
            statement.setInt(3, limit);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        });
    }

    /** Deletes finished jobs older than {@code age}; their documents stay. */
    int purgeFinished(Duration age) {
        return jdbc.prepareStatement("delete from generation_jobs where finished_at < clock_timestamp() - ? * interval '1 millisecond'",
                statement -> {
                    statement.setLong(1, age.toMillis());
                    return statement.executeUpdate();
                });
    }

    private static GenerationJobView view(ResultSet rows) throws SQLException {
        String code = rows.getString(6);
        Timestamp finished = rows.getTimestamp(10);
        return new GenerationJobView(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3), rows.getObject(4, UUID.class),
                rows.getObject(5, UUID.class), code == null ? null : new ApiError(code, rows.getString(7), rows.getString(8), null),
                rows.getTimestamp(9).toInstant(), finished == null ? null : finished.toInstant());
    }
}
