package dev.applypilot.server.generation;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A cover letter grounded in the profile; {@code edited} once the user has changed it (PUT). */
@Serdeable
public record CoverLetter(String mode, String note, Tone tone, LetterLength length, String text,
                          List<String> matchedSkills, FactCheckReport factCheck, boolean edited) {
    public CoverLetter {
        matchedSkills = matchedSkills == null ? List.of() : List.copyOf(matchedSkills);
    }

    CoverLetter withOutcome(String newMode, String newNote, FactCheckReport report) {
        return new CoverLetter(newMode, newNote, tone, length, text, matchedSkills, report, edited);
    }

    CoverLetter edit(String newText) {
        return new CoverLetter(mode, note, tone, length, newText, matchedSkills, factCheck, true);
    }
}
