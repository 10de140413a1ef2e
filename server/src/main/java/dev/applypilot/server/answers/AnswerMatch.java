package dev.applypilot.server.answers;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A saved answer whose question resembles the asked one.
 *
 * @param score  similarity in [0, 1]; only scores at or above the method's threshold are returned
 * @param method {@code embedding} (MiniLM cosine similarity) or {@code tokens} (word-overlap fallback)
 */
@Serdeable
public record AnswerMatch(AnswerView answer, double score, String method) {
}
