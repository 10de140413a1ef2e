package dev.applypilot.server.answers;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A saved answer as the API shows it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AnswerView(UUID id, String question, String answer, List<String> tags, AnswerSource source,
                         @Nullable Instant lastUsedAt, Instant createdAt, Instant updatedAt) {
}
