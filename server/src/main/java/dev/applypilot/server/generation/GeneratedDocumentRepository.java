package dev.applypilot.server.generation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface GeneratedDocumentRepository extends CrudRepository<GeneratedDocumentRow, UUID> {
    Optional<GeneratedDocumentRow> findByIdAndUserId(UUID id, UUID userId);

    Optional<GeneratedDocumentRow> findFirstByUserIdAndKindAndInputHashOrderByCreatedAtDesc(UUID userId, String kind, String inputHash);

    List<GeneratedDocumentRow> findByUserIdOrderByCreatedAtDesc(UUID userId);

    List<GeneratedDocumentRow> findByUserIdAndJobIdOrderByCreatedAtDesc(UUID userId, UUID jobId);

    long countByUserId(UUID userId);
}
