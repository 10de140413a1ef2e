package dev.applypilot.server.matching;

import io.micronaut.context.annotation.Primary;
import jakarta.inject.Singleton;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * The embedding cache in PostgreSQL (shared by instances, kept across restarts) behind an in-process LRU that
 * answers hot vectors without a query.
 */
@Singleton
@Primary
final class PersistentEmbeddingCache implements EmbeddingCache {
    private final LruEmbeddingCache memory = new LruEmbeddingCache();
    private final EmbeddingRepository rows;

    PersistentEmbeddingCache(EmbeddingRepository rows) {
        this.rows = rows;
    }

    @Override
    public Optional<float[]> find(String textSha256) {
        Optional<float[]> hot = memory.find(textSha256);
        if (hot.isPresent()) {
            return hot;
        }
        Optional<float[]> stored = rows.findById(textSha256).map(row -> decode(row.vector()));
        stored.ifPresent(vector -> memory.put(textSha256, vector));
        return stored;
    }

    @Override
    public void put(String textSha256, float[] vector) {
        memory.put(textSha256, vector);
        rows.insert(textSha256, encode(vector));
    }

    static byte[] encode(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] decode(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
