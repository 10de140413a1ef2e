package dev.applypilot.server.generation;

import dev.applypilot.server.platform.ApiError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A queued generation as {@code GET /api/v1/generation/jobs/{id}} returns it.
 *
 * @param status     PENDING, RUNNING, DONE (see {@code documentId}) or FAILED (see {@code error})
 * @param requestId  the id its progress steps carry ({@code GET /api/v1/generation/progress/{requestId}})
 */
@Serdeable
public record GenerationJobView(UUID id, String kind, String status, UUID requestId, @Nullable UUID documentId,
                                @Nullable ApiError error, Instant createdAt, @Nullable Instant finishedAt) {
}
