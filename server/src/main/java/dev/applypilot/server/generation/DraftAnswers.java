package dev.applypilot.server.generation;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Drafted answers to a job's custom application questions. */
@Serdeable
public record DraftAnswers(String mode, String note, List<DraftAnswer> answers, FactCheckReport factCheck) {
    public DraftAnswers {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    DraftAnswers withOutcome(String newMode, String newNote, FactCheckReport report) {
        return new DraftAnswers(newMode, newNote, answers, report);
    }
}
