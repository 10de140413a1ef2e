package dev.applypilot.extension.autofill;

/**
 * What the classifier says about a frame's form.
 *
 * @param ats      {@code dev.applypilot.shared.ats.Ats} constant name ({@code GENERIC} when no vendor was recognised)
 * @param fillable fields autofill may write
 */
public record FormSummary(boolean applicationForm, String ats, int fillable) {
    static final FormSummary NONE = new FormSummary(false, "GENERIC", 0);
}
