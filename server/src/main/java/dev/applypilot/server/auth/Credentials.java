package dev.applypilot.server.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Email and password, as sent to register and to sign in. */
@Serdeable
public record Credentials(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(min = AuthService.MIN_PASSWORD_LENGTH, max = 200, message = "must be 10 to 200 characters") String password) {
}
