package dev.applypilot.shared.profile;

import java.util.List;

/**
 * Everything the user told us about themselves. Lists are never {@code null} (the compact
 * constructor replaces {@code null} with an empty list); other parts may be {@code null} when unknown.
 *
 * @param contact        name, email, phone and postal address
 * @param links          typed web links (LinkedIn, GitHub, ...)
 * @param work           work history, most recent first
 * @param education      education history, most recent first
 * @param skills         skills with optional years and level
 * @param languages      spoken languages
 * @param certifications certifications and licences
 * @param screening      canonical answers to screening / eligibility questions
 */
public record Profile(
        Contact contact,
        List<Link> links,
        List<WorkExperience> work,
        List<Education> education,
        List<Skill> skills,
        List<LanguageSkill> languages,
        List<Certification> certifications,
        ScreeningFacts screening) {

    public Profile {
        links = links == null ? List.of() : List.copyOf(links);
        work = work == null ? List.of() : List.copyOf(work);
        education = education == null ? List.of() : List.copyOf(education);
        skills = skills == null ? List.of() : List.copyOf(skills);
        languages = languages == null ? List.of() : List.copyOf(languages);
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
    }

    /** The first link of the given type, or {@code null}. */
    public String link(LinkType type) {
        for (Link link : links) {
            if (link.type() == type) {
                return link.url();
            }
        }
        return null;
    }

    /** The most recent work entry (first of {@link #work()}), or {@code null}. */
    public WorkExperience currentJob() {
        return work.isEmpty() ? null : work.get(0);
    }

    /** The most recent education entry, or {@code null}. */
    public Education latestEducation() {
        return education.isEmpty() ? null : education.get(0);
    }
}
