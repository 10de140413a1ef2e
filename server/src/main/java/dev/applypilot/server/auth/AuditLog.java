package dev.applypilot.server.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

/** Security events (sign-in, failed sign-in, token reuse, sign-out) for later investigation. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditLog extends GenericRepository<AuditLogRow, Long> {
    @Query("INSERT INTO audit_log (user_id, event, ip) VALUES (:userId, :event, :ip)")
    void record(@Nullable UUID userId, String event, @Nullable String ip);
}
