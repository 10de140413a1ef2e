package dev.applypilot.shared.classify;

import static dev.applypilot.shared.form.FieldType.*;

import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldType;
import dev.applypilot.shared.form.FormDescriptor;
import java.util.ArrayList;
import dev.applypilot.shared.format.Text;
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
        boolean given = false;
        boolean family = false;
        boolean houseNumber = false;
        for (int i = 0; i < in.size(); i++) {
            FieldType t = in.get(i).type();
            given |= t == GIVEN_NAME;
            family |= t == FAMILY_NAME;
            houseNumber |= form.fields().get(i).visible() && FieldClassifier.mentionsHouseNumber(form.fields().get(i));
        }
        List<Classification> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Classification c = in.get(i);
            FieldDescriptor f = form.fields().get(i);
            boolean weak = c.reason() == Reason.LABEL_PATTERN || c.reason() == Reason.NAME_TOKEN || c.reason() == Reason.PLACEHOLDER;
            if (weak && (given || family) && c.type() == FULL_NAME) {
                out.add(bareName(c, f, given, family));
            } else if (weak && houseNumber && c.type() == ADDRESS_LINE1 && streetOnly(f)) {
                out.add(Classification.unknown(c.reason(), "street only: the form has a separate house-number field"));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A bare "Name" beside only a family-name field is the given name ("Name" / "Surname"), beside only a
     * given-name field it is the family name ("Vorname" / "Name"); beside both, or worded otherwise, unknown.
     */
    private static Classification bareName(Classification c, FieldDescriptor f, boolean given, boolean family) {
        List<String> words = Text.words(FieldClassifier.primaryLabel(f));
        boolean bare = words.size() == 1 && BARE_NAME.contains(words.get(0));
        if (bare && family && !given) {
            return new Classification(GIVEN_NAME, c.reason(), c.confidence() - 0.1, "bare name beside a family-name field", true);
        }
        if (bare && given && !family) {
            return new Classification(FAMILY_NAME, c.reason(), c.confidence() - 0.1, "bare name beside a given-name field", true);
        }
        return Classification.unknown(c.reason(), "name beside first/last-name fields is ambiguous");
    }

    /** Street-name wording without "address line" wording: the part before the house number. */
    private static boolean streetOnly(FieldDescriptor f) {
        List<String> words = Text.words(FieldClassifier.primaryLabel(f) + " " + f.placeholder());
        words.addAll(Text.identifierWords(f.name() + " " + f.id()));
        boolean street = false;
        for (String w : words) {
            street |= STREET_WORDS.contains(w);
            if (w.equals("line") || w.equals("1") || FieldClassifier.mentionsHouseNumber(f)) {
                return false;
            }
        }
        return street;
    }

    private static final List<String> BARE_NAME = List.of("name", "naam", "nom", "nombre", "nome");
    private static final List<String> STREET_WORDS = List.of("street", "strasse", "straat", "straatnaam", "rue", "calle", "ulica", "rua", "road");
}
