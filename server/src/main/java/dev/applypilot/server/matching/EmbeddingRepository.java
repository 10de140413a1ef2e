package dev.applypilot.server.matching;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface EmbeddingRepository extends GenericRepository<EmbeddingRow, String> {
    Optional<EmbeddingRow> findById(String textSha256);

    /** Two instances embedding the same text at once store it once. */
    @Query("INSERT INTO embedding_cache (text_sha256, vector) VALUES (:textSha256, :vector) ON CONFLICT (text_sha256) DO NOTHING")
    void insert(String textSha256, byte[] vector);
}
