package dev.applypilot.server.generation;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/** A question the user has answered before (from the answer bank, built elsewhere), reused as a drafting source. */
@Serdeable
public record AnswerBankEntry(@NotBlank String question, @NotBlank String answer) {
}
