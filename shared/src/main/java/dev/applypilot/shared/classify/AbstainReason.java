package dev.applypilot.shared.classify;

/** Why autofill leaves a field alone. */
public enum AbstainReason {
    /** The form is not a job application. */
    NOT_APPLICATION_FORM,
    /** Hidden, disabled, honeypot, password or payment field. */
    UNSAFE,
    /** The field's meaning is unknown. */
    UNKNOWN_FIELD,
    /** Employer-specific free-text question: offered to the answer bank instead. */
    CUSTOM_QUESTION,
    /** Consent must be given by the user. */
    CONSENT_NEEDS_USER,
    /** The field already has a value and overwrite was not requested. */
    ALREADY_FILLED,
    /** The profile does not know this fact. */
    NO_PROFILE_VALUE,
    /** No offered option matches the profile value. */
    NO_MATCHING_OPTION,
    /** More than one offered option matches: guessing is not allowed. */
    AMBIGUOUS_OPTIONS,
    /** A legal / eligibility question in a control we cannot answer unambiguously (free text, question checkbox). */
    LEGAL_NEEDS_CHOICE
}
