package dev.applypilot.server.matching;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Optional;

/** In-process least-recently-used embedding cache; the default until a shared (database) cache is configured. */
@Singleton
@Secondary
public final class LruEmbeddingCache implements EmbeddingCache {
    /** 20,000 vectors of 384 floats is about 30 MB. */
    public static final int DEFAULT_CAPACITY = 20_000;

    private final Lru<String, float[]> entries;

    @Inject
    public LruEmbeddingCache() {
        this(DEFAULT_CAPACITY);
    }

    public LruEmbeddingCache(int capacity) {
        this.entries = new Lru<>(capacity);
    }

    @Override
    public Optional<float[]> find(String textSha256) {
        return Optional.ofNullable(entries.get(textSha256));
    }

    @Override
    public void put(String textSha256, float[] vector) {
        entries.put(textSha256, vector);
    }

    public int size() {
        return entries.size();
    }
}
