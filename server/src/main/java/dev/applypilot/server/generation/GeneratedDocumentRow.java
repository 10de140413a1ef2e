package dev.applypilot.server.generation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A stored generated document; {@code content} is the JSON of its kind's record; a tailored resume also names its resume version. */
@MappedEntity("generated_documents")
public record GeneratedDocumentRow(@Id UUID id, UUID userId, @Nullable UUID jobId, String kind, String content,
                                   String inputHash, String provider, Instant createdAt, @Nullable Instant updatedAt,
                                   @Nullable UUID resumeId) {
}
