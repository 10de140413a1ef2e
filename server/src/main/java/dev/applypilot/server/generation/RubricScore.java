package dev.applypilot.server.generation;

import io.micronaut.serde.annotation.Serdeable;

/** One rubric criterion (star, specificity, length, keywords) scored 0-100 with a sentence on why. */
@Serdeable
public record RubricScore(String criterion, int score, String comment) {
}
