package dev.applypilot.server.matching;

import java.util.Optional;

/**
 * Stores text embeddings by the SHA-256 (lower-case hex) of the exact text embedded, so a job description is embedded
 * once however often it is ranked. Implementations must be thread-safe; vectors must not be modified after put.
 */
public interface EmbeddingCache {
    Optional<float[]> find(String textSha256);

    void put(String textSha256, float[] vector);
}
