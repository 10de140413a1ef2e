package dev.applypilot.server.generation;

import dev.applypilot.shared.profile.Profile;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * Everything generation may state about the candidate: the structured profile, optional resume text and the user's
 * own answer-bank entries. Nothing outside this counts as a fact about the candidate.
 */
public record CandidateSource(Profile profile, @Nullable String resumeText, List<AnswerBankEntry> answerBank) {
    public CandidateSource {
        resumeText = resumeText == null ? "" : resumeText;
        answerBank = answerBank == null ? List.of() : List.copyOf(answerBank);
    }

    public static CandidateSource of(Profile profile, @Nullable String resumeText) {
        return new CandidateSource(profile, resumeText, List.of());
    }
}
