package dev.applypilot.server.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A refresh token as stored: only its SHA-256, so a database leak yields no usable tokens. */
@MappedEntity("refresh_tokens")
record RefreshTokenRow(@Id UUID id, UUID userId, UUID familyId, String tokenHash, Instant createdAt, Instant expiresAt,
                       @Nullable Instant usedAt, @Nullable Instant revokedAt) {
}
