package dev.applypilot.shared.classify;

/** Which signal decided a classification, strongest first. */
public enum Reason {
    /** Refused for safety (hidden, honeypot, password, payment, disabled). */
    SAFETY,
    AUTOCOMPLETE, ATS_RULE, LABEL_PATTERN, NAME_TOKEN, PLACEHOLDER,
    /** No signal matched. */
    NONE
}
