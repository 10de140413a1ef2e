package dev.applypilot.server.matching;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Embeds text with the offline all-MiniLM-L6-v2 (quantized) model, loaded once on first use, through the cache. */
final class TextEmbedder {
    private static final class Model {
        // Class-holder idiom: the ONNX model (~25 MB) loads on first embed, once per JVM, thread-safely.
        static final EmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    private final EmbeddingCache cache;

    TextEmbedder(EmbeddingCache cache) {
        this.cache = cache;
    }

    /** Unit-length embedding of the text (whitespace collapsed); a zero vector for blank text. */
    float[] embed(String text) {
        String normalised = Evidence.collapse(text);
        if (normalised.isEmpty()) {
            return new float[0];
        }
        String key = sha256(normalised);
        return cache.find(key).orElseGet(() -> {
            float[] vector = Model.INSTANCE.embed(normalised).content().vector();
            cache.put(key, vector);
            return vector;
        });
    }

    /** Cosine similarity rounded to 4 decimals, so tiny float noise can never change a score; 0 when blank. */
    static double cosine(float[] a, float[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return Math.round(dot / Math.sqrt(na * nb) * 10_000) / 10_000.0;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
