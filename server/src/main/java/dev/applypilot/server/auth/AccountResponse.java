package dev.applypilot.server.auth;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

@Serdeable
public record AccountResponse(UUID id, String email, Instant createdAt, boolean emailVerified) {
    static AccountResponse of(UserRow user) {
        return new AccountResponse(user.id(), user.email(), user.createdAt(), user.emailVerifiedAt() != null);
    }
}
