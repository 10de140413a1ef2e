package dev.applypilot.server.generation;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Feedback on a whole practice session: averages per criterion, the overall score and what to work on first. */
@Serdeable
public record SessionFeedback(String sessionId, int answered, int questions, int overallScore,
                              List<RubricScore> criteria, String summary, List<String> focusNext,
                              List<AnswerFeedback> answers) {
}
