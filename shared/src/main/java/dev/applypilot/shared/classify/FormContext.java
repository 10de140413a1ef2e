package dev.applypilot.shared.classify;

import static dev.applypilot.shared.form.FieldType.*;

import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldType;
import dev.applypilot.shared.form.FormDescriptor;
import java.util.ArrayList;
import java.util.List;

/**
 * Form-level corrections that one field alone cannot decide: a bare "Name" next to first/last-name
 * fields is one of the parts (which one varies by site), and "Street" next to a separate house-number
 * field is only part of address line 1. Both become UNKNOWN rather than a guess.
 */
final class FormContext {

    private FormContext() {
    }

    static List<Classification> resolve(FormDescriptor form, List<Classification> in) {
        boolean nameParts = false;
        boolean houseNumber = false;
        for (int i = 0; i < in.size(); i++) {
            FieldType t = in.get(i).type();
            nameParts |= t == GIVEN_NAME || t == FAMILY_NAME;
            houseNumber |= form.fields().get(i).visible() && FieldClassifier.mentionsHouseNumber(form.fields().get(i));
        }
        List<Classification> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Classification c = in.get(i);
            FieldDescriptor f = form.fields().get(i);
            boolean weak = c.reason() == Reason.LABEL_PATTERN || c.reason() == Reason.NAME_TOKEN || c.reason() == Reason.PLACEHOLDER;
            if (weak && nameParts && c.type() == FULL_NAME) {
                out.add(Classification.unknown(c.reason(), "bare name beside first/last-name fields is ambiguous"));
            } else if (weak && houseNumber && c.type() == ADDRESS_LINE1 && !FieldClassifier.mentionsHouseNumber(f)) {
                out.add(Classification.unknown(c.reason(), "street only: the form has a separate house-number field"));
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
