package dev.applypilot.shared.classify;

import dev.applypilot.shared.form.FieldType;

/**
 * The decision for one field.
 *
 * @param type        what the field asks for ({@link FieldType#UNKNOWN} when undecided or unsafe)
 * @param reason      deciding signal
 * @param confidence  0..1
 * @param explanation short human-readable why
 * @param fillable    whether autofill may write this field (type fillable, field safe, form accepted)
 */
public record Classification(FieldType type, Reason reason, double confidence, String explanation,
                             boolean fillable) {

    static Classification unknown(Reason reason, String explanation) {
        return new Classification(FieldType.UNKNOWN, reason, 0, explanation, false);
    }

    Classification notFillable(String why) {
        return new Classification(type, reason, confidence, explanation + "; " + why, false);
    }

    /**
     * Confidence as a whole percentage: the generated record text would format the double, and that alone pulls
     * TeaVM's float-to-text tables into the extension's autofill script.
     */
    @Override
    public String toString() {
        return "Classification[" + type + ", " + reason + ", " + Math.round(confidence * 100) + "%, " + explanation + ", fillable=" + fillable + "]";
    }
}
