package dev.applypilot.server.generation;

import dev.applypilot.server.sync.EventLog;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stores each step as a row (readable at {@code GET /api/v1/generation/progress/{requestId}}) and pushes it to the
 * user's open clients as a {@code generation.progress} event, in one transaction.
 */
@Singleton
public class RecordedGenerationProgress implements GenerationProgress {
    private static final Logger LOG = LoggerFactory.getLogger(RecordedGenerationProgress.class);
    private final ProgressRepository rows;
    private final EventLog events;
    private final JsonMapper json;

    RecordedGenerationProgress(ProgressRepository rows, EventLog events, JsonMapper json) {
        this.rows = rows;
        this.events = events;
        this.json = json;
    }

    @Override
    @Transactional
    public void report(UUID requestId, UUID userId, String kind, String stage, String message) {
        LOG.info("generation {} {} for user {}: {} ({})", requestId, kind, userId, stage, message);
        rows.save(new ProgressRow(null, requestId, userId, kind, stage, message, Instant.now()));
        try {
            events.append(userId, "generation.progress", json.writeValueAsString(Map.of(
                    "requestId", requestId.toString(), "kind", kind, "stage", stage, "message", message)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<ProgressRow> steps(UUID requestId, UUID userId) {
        return rows.findByRequestIdAndUserIdOrderById(requestId, userId);
    }
}
