package dev.applypilot.server.answers;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code applypilot.answers.*}.
 *
 * @param embeddingThreshold lowest cosine similarity offered as a match
 * @param tokenThreshold     lowest word-overlap (Dice) score offered when embeddings are unavailable
 * @param maxMatches         most matches returned
 */
@ConfigurationProperties("applypilot.answers")
public record AnswerSettings(double embeddingThreshold, double tokenThreshold, int maxMatches) {
}
