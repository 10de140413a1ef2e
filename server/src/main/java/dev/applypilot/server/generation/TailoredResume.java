package dev.applypilot.server.generation;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A resume tailored to one job, with every change listed and the job skills it matched and lacks.
 *
 * @param mode      "offline" or "model"
 * @param note      says how it was made (the offline mode says so)
 * @param factCheck the fact check's verdict (and what a rejected model answer invented)
 */
@Serdeable
public record TailoredResume(String mode, String note, String name, String headline, String summary,
                             List<String> skills, List<ResumeRole> experience, List<String> education,
                             List<ResumeChange> changes, List<String> matchedSkills, List<String> missingSkills,
                             FactCheckReport factCheck) {
    public TailoredResume {
        skills = skills == null ? List.of() : List.copyOf(skills);
        experience = experience == null ? List.of() : List.copyOf(experience);
        education = education == null ? List.of() : List.copyOf(education);
        changes = changes == null ? List.of() : List.copyOf(changes);
        matchedSkills = matchedSkills == null ? List.of() : List.copyOf(matchedSkills);
        missingSkills = missingSkills == null ? List.of() : List.copyOf(missingSkills);
        summary = summary == null ? "" : summary;
        headline = headline == null ? "" : headline;
        name = name == null ? "" : name;
    }

    TailoredResume withOutcome(String newMode, String newNote, FactCheckReport report) {
        return new TailoredResume(newMode, newNote, name, headline, summary, skills, experience, education, changes,
                matchedSkills, missingSkills, report);
    }
}
