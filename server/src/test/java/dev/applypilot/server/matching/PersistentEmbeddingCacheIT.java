package dev.applypilot.server.matching;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class PersistentEmbeddingCacheIT {
    @Inject
    EmbeddingCache cache;

    @Test
    void keepsVectorsInPostgresqlForOtherInstances() {
        assertInstanceOf(PersistentEmbeddingCache.class, cache, "the PostgreSQL cache wins over the in-process default");
        String key = UUID.randomUUID().toString();
        float[] vector = {0.25f, -1.5f, 3.0e-7f, Float.MIN_VALUE};
        cache.put(key, vector);
        cache.put(key, vector);

        try (ApplicationContext other = ApplicationContext.builder().environments("test").start()) {
            EmbeddingCache fresh = other.getBean(EmbeddingCache.class);
            assertArrayEquals(vector, fresh.find(key).orElseThrow(), 0f);
            assertTrue(fresh.find("missing-" + key).isEmpty());
        }
    }
}
