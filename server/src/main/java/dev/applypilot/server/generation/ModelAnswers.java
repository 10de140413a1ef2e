package dev.applypilot.server.generation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The JSON shapes the prompts ask models for. */
final class ModelAnswers {
    private ModelAnswers() {
    }

    @Serdeable
    record Tailoring(@Nullable String summary, @Nullable List<String> skills, @Nullable List<Position> experience,
                     @Nullable List<ResumeChange> changes) {
    }

    @Serdeable
    record Position(@Nullable List<String> bullets) {
    }

    @Serdeable
    record Letter(@Nullable String text) {
    }

    @Serdeable
    record Answers(@Nullable List<QuestionAnswer> answers) {
    }

    @Serdeable
    record QuestionAnswer(@Nullable String question, @Nullable String answer) {
    }

    @Serdeable
    record Questions(@Nullable List<Question> questions) {
    }

    @Serdeable
    record Question(@Nullable String kind, @Nullable String text, @Nullable List<String> focus, @Nullable String hint) {
    }
}
