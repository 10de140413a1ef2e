package dev.applypilot.shared.profile;

/**
 * Voluntary equal-employment-opportunity self-identification. The whole record is {@code null} in
 * {@link ScreeningFacts} unless the user opted in; each answer may itself be {@code null} (never
 * asked) or {@code PREFER_NOT_TO_SAY}.
 */
public record Eeo(Gender gender, RaceEthnicity raceEthnicity, VeteranStatus veteran, DisabilityStatus disability) {

    /** Self-identified gender. */
    public enum Gender { MALE, FEMALE, NON_BINARY, PREFER_NOT_TO_SAY }

    /** US EEO-1 race / ethnicity categories. */
    public enum RaceEthnicity {
        HISPANIC_OR_LATINO, WHITE, BLACK_OR_AFRICAN_AMERICAN, ASIAN, AMERICAN_INDIAN_OR_ALASKA_NATIVE,
        NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER, TWO_OR_MORE, PREFER_NOT_TO_SAY
    }

    /** Protected-veteran status. */
    public enum VeteranStatus { PROTECTED_VETERAN, NOT_A_VETERAN, PREFER_NOT_TO_SAY }

    /** Disability status. */
    public enum DisabilityStatus { HAS_DISABILITY, NO_DISABILITY, PREFER_NOT_TO_SAY }
}
