package dev.applypilot.shared.classify;

import dev.applypilot.shared.form.FieldType;

/**
 * The plan for one field.
 *
 * @param fieldIndex    index in {@link dev.applypilot.shared.form.FormDescriptor#fields()}
 * @param type          classified type
 * @param action        what to do
 * @param value         text to type, option value to pick, or checkbox state; {@code null} otherwise
 * @param fileSlot      document to attach for {@link FillAction#ATTACH_FILE}, else {@code null}
 * @param abstainReason why nothing is done for {@link FillAction#ABSTAIN}, else {@code null}
 * @param explanation   short human-readable why
 */
public record FillDecision(int fieldIndex, FieldType type, FillAction action, String value, FileSlot fileSlot,
                           AbstainReason abstainReason, String explanation) {

    static FillDecision abstain(int index, FieldType type, AbstainReason reason, String why) {
        return new FillDecision(index, type, FillAction.ABSTAIN, null, null, reason, why);
    }

    /** Whether something will be written. */
    public boolean fills() {
        return action != FillAction.ABSTAIN;
    }
}
