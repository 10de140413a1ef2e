package dev.applypilot.server.generation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("generation_usage")
public record UsageRow(@Id UUID id, UUID userId, LocalDate day, String provider, int count) {
}
