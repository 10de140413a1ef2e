package dev.applypilot.server.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

@Serdeable
public record RefreshRequest(@NotBlank String refreshToken) {
}
