package dev.applypilot.shared.profile;

import dev.applypilot.shared.format.Chars;
import java.util.Map;
import java.util.Set;

/**
 * Canonical answers to screening and eligibility questions. Autofill answers such questions only
 * from these typed facts (never from free text), and {@code null} always means "unknown: do not
 * answer".
 *
 * @param workAuthorization      per ISO-3166 alpha-2 country (upper case); missing country = unknown
 * @param sponsorshipNow         needs visa sponsorship now
 * @param sponsorshipFuture      will need visa sponsorship in the future
 * @param willingToRelocate      willing to relocate
 * @param workModes              accepted work modes (empty = unknown)
 * @param earliestStartDate      ISO date {@code YYYY-MM-DD}
 * @param noticePeriodDays       notice period in days
 * @param salary                 salary expectation
 * @param yearsOfExperience      total years of professional experience
 * @param over18                 at least 18 years old
 * @param securityClearance      holds an active security clearance
 * @param eeo                    voluntary self-identification, {@code null} when not opted in
 */
public record ScreeningFacts(
        Map<String, WorkAuthorization> workAuthorization,
        Boolean sponsorshipNow,
        Boolean sponsorshipFuture,
        Boolean willingToRelocate,
        Set<WorkMode> workModes,
        String earliestStartDate,
        Integer noticePeriodDays,
        SalaryExpectation salary,
        Integer yearsOfExperience,
        Boolean over18,
        Boolean securityClearance,
        Eeo eeo) {

    public ScreeningFacts {
        workAuthorization = workAuthorization == null ? Map.of() : Map.copyOf(workAuthorization);
        workModes = workModes == null ? Set.of() : Set.copyOf(workModes);
    }

    /** Authorization for the given ISO alpha-2 country, or {@code null} when unknown. */
    public WorkAuthorization authorizationFor(String country) {
        return country == null ? null : workAuthorization.get(Chars.upper(country));
    }
}
