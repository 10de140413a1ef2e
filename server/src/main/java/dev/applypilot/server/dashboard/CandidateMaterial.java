package dev.applypilot.server.dashboard;

import dev.applypilot.server.matching.CandidateFacts;
import dev.applypilot.server.profile.ProfileService;
import dev.applypilot.server.resume.ResumeService;
import dev.applypilot.server.resume.ResumeStatus;
import dev.applypilot.server.resume.ResumeView;
import dev.applypilot.shared.profile.Address;
import dev.applypilot.shared.profile.Profile;
import dev.applypilot.shared.profile.ScreeningFacts;
import dev.applypilot.shared.profile.Skill;
import dev.applypilot.shared.profile.WorkAuthorization;
import dev.applypilot.shared.profile.WorkExperience;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
        return new Material(profile, text, primary == null ? null : primary.fileName(), facts(profile));
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

    /** The shared profile as the matcher's structured facts; anything unknown stays null so the matcher reads the text. */
    static CandidateFacts facts(Profile profile) {
        List<String> skills = profile.skills().stream().map(Skill::name).filter(n -> n != null && !n.isBlank()).toList();
        List<String> titles = profile.work().stream().map(WorkExperience::title).filter(t -> t != null && !t.isBlank()).toList();
        ScreeningFacts screening = profile.screening();
        Set<String> authorized = new TreeSet<>();
        Double years = null;
        boolean relocate = false;
        Boolean sponsorship = null;
        if (screening != null) {
            for (Map.Entry<String, WorkAuthorization> each : screening.workAuthorization().entrySet()) {
                if (each.getValue() == WorkAuthorization.AUTHORIZED) {
                    authorized.add(each.getKey());
                }
            }
            years = screening.yearsOfExperience() == null ? null : screening.yearsOfExperience().doubleValue();
            relocate = Boolean.TRUE.equals(screening.willingToRelocate());
            sponsorship = screening.sponsorshipNow();
        }
        return new CandidateFacts(skills, years, titles, location(profile), relocate, authorized, sponsorship, null);
    }

    private static String location(Profile profile) {
        Address address = profile.contact() == null ? null : profile.contact().address();
        if (address == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String part : new String[]{address.city(), address.region(), address.country()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part.trim());
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
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
