package dev.applypilot.server.answers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A saved answer as clients create or replace it; {@code source} defaults to TYPED. */
@Serdeable
public record AnswerRequest(@NotBlank @Size(max = 2000) String question, @NotBlank @Size(max = 20000) String answer,
                            @Nullable @Size(max = 20) List<@Size(min = 1, max = 40) String> tags, @Nullable AnswerSource source) {
}
