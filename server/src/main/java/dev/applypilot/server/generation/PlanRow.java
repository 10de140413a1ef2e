package dev.applypilot.server.generation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A user's plan for generation limits: free or pro. */
@MappedEntity("generation_plans")
public record PlanRow(@Id UUID userId, String plan) {
}
