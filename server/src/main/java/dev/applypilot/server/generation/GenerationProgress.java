package dev.applypilot.server.generation;

import java.util.UUID;

/**
 * Where long generations report their steps. The sync feature will push these to the user's clients; until then
 * {@link RecordedGenerationProgress} logs and stores them for polling.
 */
public interface GenerationProgress {
    /** @param stage started, cache_hit, calling_model, fact_check, fell_back_offline, saved or failed */
    void report(UUID requestId, UUID userId, String kind, String stage, String message);
}
