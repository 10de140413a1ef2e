package dev.applypilot.server.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("audit_log")
public record AuditLogRow(@Id @GeneratedValue Long id, @Nullable UUID userId, String event, @Nullable String ip, Instant createdAt) {
}
