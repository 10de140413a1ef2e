package dev.applypilot.server.matching;

import java.util.List;
import java.util.Set;

/**
 * Structured facts about the candidate, mapped from the profile; every field may be empty or null (= unknown), in
 * which case the matcher falls back to what it can read from the resume text or reports the check as unknown.
 *
 * @param skills               skill names in any spelling ("k8s", "React.js"); unknown names are ignored
 * @param yearsOfExperience    total professional years, or null to estimate from the resume's date ranges
 * @param titles               job titles, most recent first
 * @param location             where the candidate lives, e.g. "Berlin, Germany"
 * @param willingToRelocate    true when on-site jobs elsewhere are acceptable
 * @param authorizedCountries  countries the candidate may work in without sponsorship (names or ISO codes)
 * @param requiresSponsorship  true/false when known, null when unknown
 * @param education            highest education level, or null to detect it from the resume
 */
public record CandidateFacts(List<String> skills, Double yearsOfExperience, List<String> titles, String location,
                             boolean willingToRelocate, Set<String> authorizedCountries, Boolean requiresSponsorship,
                             EducationLevel education) {
    public CandidateFacts {
        skills = skills == null ? List.of() : List.copyOf(skills);
        titles = titles == null ? List.of() : List.copyOf(titles);
        authorizedCountries = authorizedCountries == null ? Set.of() : Set.copyOf(authorizedCountries);
    }

    /** No structured facts: everything comes from the resume text. */
    public static CandidateFacts none() {
        return new CandidateFacts(List.of(), null, List.of(), null, false, Set.of(), null, null);
    }

    public CandidateFacts withSkills(List<String> newSkills) {
        return new CandidateFacts(newSkills, yearsOfExperience, titles, location, willingToRelocate,
                authorizedCountries, requiresSponsorship, education);
    }
}
