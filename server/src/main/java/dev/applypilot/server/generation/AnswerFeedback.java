package dev.applypilot.server.generation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Feedback on one practice answer: the rubric (always, deterministic), an overall score weighted by question kind,
 * and the model's comment when a provider is configured.
 */
@Serdeable
public record AnswerFeedback(String questionId, String answer, int score, List<RubricScore> rubric,
                             List<String> strengths, List<String> improvements, @Nullable String modelComment) {
    public AnswerFeedback {
        rubric = rubric == null ? List.of() : List.copyOf(rubric);
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
        improvements = improvements == null ? List.of() : List.copyOf(improvements);
    }
}
