package dev.applypilot.server.generation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** One progress step of a generation request. */
@Serdeable
@MappedEntity("generation_progress")
public record ProgressRow(@Id @GeneratedValue @Nullable Long id, UUID requestId, UUID userId, String kind, String stage,
                          String message, Instant createdAt) {
}
