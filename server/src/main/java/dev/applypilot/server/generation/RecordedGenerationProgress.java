package dev.applypilot.server.generation;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Logs each step and stores it as a row, readable at {@code GET /api/v1/generation/progress/{requestId}}. */
@Singleton
public class RecordedGenerationProgress implements GenerationProgress {
    private static final Logger LOG = LoggerFactory.getLogger(RecordedGenerationProgress.class);
    private final ProgressRepository rows;

    RecordedGenerationProgress(ProgressRepository rows) {
        this.rows = rows;
    }

    @Override
    public void report(UUID requestId, UUID userId, String kind, String stage, String message) {
        LOG.info("generation {} {} for user {}: {} ({})", requestId, kind, userId, stage, message);
        rows.save(new ProgressRow(null, requestId, userId, kind, stage, message, Instant.now()));
    }

    List<ProgressRow> steps(UUID requestId, UUID userId) {
        return rows.findByRequestIdAndUserIdOrderById(requestId, userId);
    }
}
