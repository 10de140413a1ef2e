package dev.applypilot.server.dashboard;

import dev.applypilot.server.matching.CandidateFacts;
import dev.applypilot.server.matching.ProfileFacts;
import dev.applypilot.server.profile.ProfileService;
import dev.applypilot.server.resume.ResumeService;
import dev.applypilot.server.resume.ResumeStatus;
import dev.applypilot.server.resume.ResumeView;
import dev.applypilot.shared.profile.Profile;
import dev.applypilot.shared.profile.Skill;
import dev.applypilot.shared.profile.WorkExperience;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * What matching and generation may know about the user: the profile (EEO only with opt-in) and the text of the
 * primary parsed resume, or the profile written out as text when there is no parsed resume yet.
 */
@Singleton
class CandidateMaterial {
    private final ProfileService profiles;
    private final ResumeService resumes;

    CandidateMaterial(ProfileService profiles, ResumeService resumes) {
        this.profiles = profiles;
        this.resumes = resumes;
    }

    /** @param resumeName the primary resume's file name, or null when the text is the profile's */
    record Material(Profile profile, String resumeText, String resumeName, CandidateFacts facts) {
    }

    Material load(UUID userId) {
        Profile profile = profiles.profile(userId);
        ResumeView primary = primaryParsed(userId);
        String text = primary == null ? profileText(profile) : primary.parsed().text();
        return new Material(profile, text, primary == null ? null : primary.fileName(), ProfileFacts.from(profile));
    }

    private ResumeView primaryParsed(UUID userId) {
        ResumeView fallback = null;
        for (ResumeView each : resumes.list(userId)) {
            if (each.status() != ResumeStatus.PARSED) {
                continue;
            }
            if (each.primary()) {
                return resumes.get(userId, each.id());
            }
            if (fallback == null) {
                fallback = each;
            }
        }
        return fallback == null ? null : resumes.get(userId, fallback.id());
    }

    /** The profile as resume-like text: one sentence per fact, so evidence sentences read naturally. */
    static String profileText(Profile profile) {
        StringBuilder text = new StringBuilder();
        for (WorkExperience job : profile.work()) {
            text.append(nonNull(job.title())).append(job.company() == null ? "" : " at " + job.company())
                    .append(job.start() == null ? "" : " (" + job.start() + " – " + (job.current() ? "present" : nonNull(job.end())) + ")")
                    .append(".\n");
            for (String bullet : job.bullets()) {
                text.append(bullet).append('\n');
            }
        }
        profile.education().forEach(e -> text.append(nonNull(e.degree())).append(' ').append(nonNull(e.discipline()))
                .append(e.school() == null ? "" : ", " + e.school()).append(".\n"));
        if (!profile.skills().isEmpty()) {
            text.append("Skills: ").append(String.join(", ", profile.skills().stream().map(Skill::name).toList())).append(".\n");
        }
        return text.toString();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
