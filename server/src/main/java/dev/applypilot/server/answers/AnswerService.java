package dev.applypilot.server.answers;

import dev.applypilot.server.platform.ApiException;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The user's answer bank and the matching of a new question to saved ones. */
@Singleton
public class AnswerService {
    private final AnswerStore store;
    private final QuestionEmbedder embedder;
    private final AnswerSettings settings;

    AnswerService(AnswerStore store, QuestionEmbedder embedder, AnswerSettings settings) {
        this.store = store;
        this.embedder = embedder;
        this.settings = settings;
    }

    public AnswerView create(UUID userId, AnswerRequest request) {
        UUID id = UUID.randomUUID();
        store.insert(userId, id, request, embedder.embed(request.question()).orElse(null));
        return get(userId, id);
    }

    public AnswerView replace(UUID userId, UUID id, AnswerRequest request) {
        if (!store.update(userId, id, request, embedder.embed(request.question()).orElse(null))) {
            throw notFound();
        }
        return get(userId, id);
    }

    public AnswerView get(UUID userId, UUID id) {
        return store.find(userId, id).map(AnswerStore.Row::view).orElseThrow(AnswerService::notFound);
    }

    public List<AnswerView> list(UUID userId) {
        return store.list(userId).stream().map(AnswerStore.Row::view).toList();
    }

    public void delete(UUID userId, UUID id) {
        if (!store.delete(userId, id)) {
            throw notFound();
        }
    }

    /** Records that the user filled a form with this answer (shown as {@code lastUsedAt}). */
    public AnswerView markUsed(UUID userId, UUID id) {
        if (!store.markUsed(userId, id)) {
            throw notFound();
        }
        return get(userId, id);
    }

    /** Saved answers to questions like this one, best first, above the similarity threshold. */
    public List<AnswerMatch> match(UUID userId, String question) {
        List<AnswerStore.Row> rows = store.list(userId);
        Optional<float[]> asked = rows.isEmpty() ? Optional.empty() : embedder.embed(question);
        List<AnswerMatch> matches = new ArrayList<>();
        for (AnswerStore.Row row : rows) {
            if (asked.isPresent()) {
                float[] saved = row.embedding();
                if (saved == null || saved.length != asked.get().length) {
                    saved = embedder.embed(row.view().question()).orElse(null);
                    if (saved != null) {
                        store.storeEmbedding(row.view().id(), saved);
                    }
                }
                if (saved != null) {
                    double score = QuestionEmbedder.cosine(asked.get(), saved);
                    if (score >= settings.embeddingThreshold()) {
                        matches.add(new AnswerMatch(row.view(), round(score), "embedding"));
                    }
                    continue;
                }
            }
            double score = TokenOverlap.score(question, row.view().question());
            if (score >= settings.tokenThreshold()) {
                matches.add(new AnswerMatch(row.view(), round(score), "tokens"));
            }
        }
        matches.sort(Comparator.comparingDouble(AnswerMatch::score).reversed());
        return matches.size() > settings.maxMatches() ? matches.subList(0, settings.maxMatches()) : matches;
    }

    private static double round(double score) {
        return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000.0;
    }

    private static ApiException notFound() {
        return ApiException.notFound("The answer");
    }
}
