package dev.applypilot.server.matching;

import dev.applypilot.shared.profile.Address;
import dev.applypilot.shared.profile.Education;
import dev.applypilot.shared.profile.Profile;
import dev.applypilot.shared.profile.ScreeningFacts;
import dev.applypilot.shared.profile.Skill;
import dev.applypilot.shared.profile.WorkAuthorization;
import dev.applypilot.shared.profile.WorkExperience;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps the shared profile to the engine's {@link CandidateFacts}. Unknown stays unknown (null or empty), so the engine
 * falls back to the resume text or reports a constraint as UNKNOWN instead of guessing.
 */
public final class ProfileFacts {
    private ProfileFacts() {
    }

    public static CandidateFacts from(Profile profile) {
        if (profile == null) {
            return CandidateFacts.none();
        }
        ScreeningFacts screening = profile.screening();
        return new CandidateFacts(skills(profile), screening == null || screening.yearsOfExperience() == null ? null
                : screening.yearsOfExperience().doubleValue(), titles(profile), location(profile),
                screening != null && Boolean.TRUE.equals(screening.willingToRelocate()), authorizedCountries(screening),
                requiresSponsorship(screening), education(profile));
    }

    private static List<String> skills(Profile profile) {
        Set<String> names = new LinkedHashSet<>();
        for (Skill skill : profile.skills()) {
            if (skill != null && skill.name() != null && !skill.name().isBlank()) {
                names.add(skill.name().strip());
            }
        }
        return List.copyOf(names);
    }

    /** Most recent first, as the work history is ordered. */
    private static List<String> titles(Profile profile) {
        Set<String> titles = new LinkedHashSet<>();
        for (WorkExperience work : profile.work()) {
            if (work != null && work.title() != null && !work.title().isBlank()) {
                titles.add(work.title().strip());
            }
        }
        return List.copyOf(titles);
    }

    /** "City, Region, CC"; null without a city, since the engine compares cities and a bare country would fail them all. */
    private static String location(Profile profile) {
        Address address = profile.contact() == null ? null : profile.contact().address();
        if (address == null || address.city() == null || address.city().isBlank()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {address.city(), address.region(), address.country()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return String.join(", ", parts);
    }

    private static Set<String> authorizedCountries(ScreeningFacts screening) {
        Set<String> countries = new TreeSet<>();
        if (screening != null) {
            for (Map.Entry<String, WorkAuthorization> entry : screening.workAuthorization().entrySet()) {
                if (entry.getValue() == WorkAuthorization.AUTHORIZED) {
                    countries.add(entry.getKey());
                }
            }
        }
        return countries;
    }

    /** Jobs that rule out sponsorship usually mean now or later: needing it at either time counts. */
    private static Boolean requiresSponsorship(ScreeningFacts screening) {
        if (screening == null) {
            return null;
        }
        if (Boolean.TRUE.equals(screening.sponsorshipNow()) || Boolean.TRUE.equals(screening.sponsorshipFuture())) {
            return true;
        }
        return Boolean.FALSE.equals(screening.sponsorshipNow()) ? false : null;
    }

    /** Highest level any entry's degree names; null when none is recognisable (the engine then reads the resume). */
    private static EducationLevel education(Profile profile) {
        EducationLevel highest = null;
        for (Education education : profile.education()) {
            if (education == null || education.degree() == null) {
                continue;
            }
            EducationLevel level = EducationLevel.highestIn(education.degree());
            if (level != null && (highest == null || level.compareTo(highest) > 0)) {
                highest = level;
            }
        }
        return highest;
    }
}
