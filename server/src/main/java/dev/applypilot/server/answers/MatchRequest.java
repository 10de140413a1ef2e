package dev.applypilot.server.answers;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A question seen on an application form. */
@Serdeable
public record MatchRequest(@NotBlank @Size(max = 2000) String question) {
}
