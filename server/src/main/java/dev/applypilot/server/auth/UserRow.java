package dev.applypilot.server.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("users")
public record UserRow(@Id UUID id, String email, String passwordHash, Instant createdAt, @Nullable Instant emailVerifiedAt) {
}
