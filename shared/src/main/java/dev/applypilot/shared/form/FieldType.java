package dev.applypilot.shared.form;

/**
 * What a form control asks for. {@link #isLegal()} marks eligibility / self-identification questions,
 * which are answered only from typed profile facts and only when exactly one offered option fits.
 */
public enum FieldType {
    GIVEN_NAME, FAMILY_NAME, FULL_NAME, PREFERRED_NAME,
    EMAIL, PHONE, PHONE_COUNTRY_CODE, PHONE_EXTENSION,
    ADDRESS_LINE1, ADDRESS_LINE2, CITY, REGION, POSTAL_CODE, COUNTRY,
    LINKEDIN_URL, GITHUB_URL, PORTFOLIO_URL, WEBSITE_URL,
    CURRENT_COMPANY, CURRENT_TITLE, YEARS_OF_EXPERIENCE,
    SCHOOL, DEGREE, DISCIPLINE, GRADUATION_DATE,
    RESUME_FILE, COVER_LETTER_FILE, COVER_LETTER_TEXT,
    SALARY_EXPECTATION, START_DATE, NOTICE_PERIOD,
    WORK_AUTHORIZATION, SPONSORSHIP, RELOCATION, OVER_18, SECURITY_CLEARANCE, CRIMINAL_HISTORY,
    REFERRAL_SOURCE,
    EEO_GENDER, EEO_RACE, EEO_VETERAN, EEO_DISABILITY,
    CONSENT, CUSTOM_QUESTION, UNKNOWN;

    /** Eligibility, legal or self-identification question: strict one-option answering. */
    public boolean isLegal() {
        return switch (this) {
            case WORK_AUTHORIZATION, SPONSORSHIP, OVER_18, SECURITY_CLEARANCE, CRIMINAL_HISTORY,
                 EEO_GENDER, EEO_RACE, EEO_VETERAN, EEO_DISABILITY -> true;
            default -> false;
        };
    }

    /** Whether autofill may put a value here (consent needs the user; custom questions go to the answer bank). */
    public boolean isFillable() {
        return this != UNKNOWN && this != CUSTOM_QUESTION && this != CONSENT;
    }

    /**
     * The constant with this name, for tables kept as text. A loop rather than {@code valueOf}: nothing in the
     * extension scripts uses TeaVM's enum-by-name lookup, and the tables need no more than this.
     */
    public static FieldType named(String name) {
        for (FieldType t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
