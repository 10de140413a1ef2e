package dev.applypilot.shared.classify;

/** What the content script should do with a field. */
public enum FillAction {
    /** Type {@link FillDecision#value()} into a text control. */
    TYPE_TEXT,
    /** Pick the option whose value is {@link FillDecision#value()} (select, radio group, checkbox group). */
    SELECT_OPTION,
    /** Set a single checkbox to {@code "true"} / {@code "false"} ({@link FillDecision#value()}). */
    SET_CHECKBOX,
    /** Attach the document in {@link FillDecision#fileSlot()}. */
    ATTACH_FILE,
    /** Leave the field alone; {@link FillDecision#abstainReason()} says why. */
    ABSTAIN
}
