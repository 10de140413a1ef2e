package dev.applypilot.server.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefreshTokenRepository extends CrudRepository<RefreshTokenRow, UUID> {
    Optional<RefreshTokenRow> findByTokenHash(String tokenHash);

    /** Claims a token for one rotation; 0 rows means another request used or revoked it first. */
    @Query("UPDATE refresh_tokens SET used_at = now() WHERE id = :id AND used_at IS NULL AND revoked_at IS NULL")
    int markUsed(UUID id);

    @Query("UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = :familyId AND revoked_at IS NULL")
    int revokeFamily(UUID familyId);

    @Query("UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = :userId AND revoked_at IS NULL")
    int revokeAllOf(UUID userId);
}
