package dev.applypilot.server.answers;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Sentence embeddings from the offline all-MiniLM-L6-v2 (quantized) model. The model is loaded once, on first use
 * (it takes a second or two and some memory); if it cannot load on this platform, {@link #embed} answers empty
 * and callers fall back to word overlap.
 */
@Singleton
public class QuestionEmbedder {
    private static final Logger LOG = LoggerFactory.getLogger(QuestionEmbedder.class);
    private volatile EmbeddingModel model;
    private volatile boolean unavailable;

    public Optional<float[]> embed(String text) {
        EmbeddingModel loaded = model();
        if (loaded == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(loaded.embed(text).content().vector());
        } catch (RuntimeException e) {
            LOG.warn("Embedding failed; using word overlap", e);
            return Optional.empty();
        }
    }

    public boolean available() {
        return model() != null;
    }

    private EmbeddingModel model() {
        if (model == null && !unavailable) {
            synchronized (this) {
                if (model == null && !unavailable) {
                    try {
                        model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    } catch (RuntimeException | LinkageError e) {
                        unavailable = true;
                        LOG.warn("The MiniLM embedding model could not be loaded; answer matching uses word overlap", e);
                    }
                }
            }
        }
        return model;
    }

    /** Cosine similarity of two vectors of equal length. */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }
}
