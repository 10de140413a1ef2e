package dev.applypilot.shared.classify;

import static dev.applypilot.shared.form.FieldType.*;

import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldType;
import dev.applypilot.shared.form.FormDescriptor;
import java.util.ArrayList;
import dev.applypilot.shared.format.Phrase;
import dev.applypilot.shared.format.Text;
import java.util.List;
import java.util.Map;

/**
 * Form-level corrections that one field alone cannot decide: a bare "Name" next to first/last-name
 * fields is one of the parts (which one varies by site; the field's own name / id may say which), and "Street"
 * next to a separate house-number field is only part of address line 1; both become UNKNOWN rather than a guess.
 * An "additional information" line right after address line 1 is address line 2 (Chromium's address parser reads
 * "Dirección" + "Información adicional" the same way).
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
            } else if (i > 0 && c.type() == UNKNOWN && c.reason() == Reason.NONE && in.get(i - 1).type() == ADDRESS_LINE1
                    && f.isTextEntry() && !f.tag().equals("textarea") && mentionsAdditionalInfo(f)) {
                out.add(new Classification(ADDRESS_LINE2, Reason.LABEL_PATTERN, 0.8, "ADDRESS_LINE2: additional information after address line 1", true));
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
     * given-name field it is the family name ("Vorname" / "Name"); beside both, its own name / id decides
     * ({@code shippingAddress.firstName} labelled "Name"), else unknown. An explicit full-name wording ("Your name",
     * "Nom et prénom") stays the full name: such a form asks for both.
     */
    private static Classification bareName(Classification c, FieldDescriptor f, boolean given, boolean family) {
        List<String> words = Text.words(FieldClassifier.primaryLabel(f));
        if (words.isEmpty()) {
            words = Text.identifierWords(FieldClassifier.headSegment(f.name().isEmpty() ? f.id() : f.name()));
        }
        if (LabelRules.namesInSeveralWords(FULL_NAME, words)) {
            return c;
        }
        boolean bare = words.size() == 1 && BARE_NAME.contains(words.get(0));
        if (bare && family && !given) {
            return new Classification(GIVEN_NAME, c.reason(), c.confidence() - 0.1, "bare name beside a family-name field", true);
        }
        if (bare && given && !family) {
            return new Classification(FAMILY_NAME, c.reason(), c.confidence() - 0.1, "bare name beside a given-name field", true);
        }
        FieldType part = namePartById(f);
        if (part != null) {
            return new Classification(part, Reason.NAME_TOKEN, 0.75, part + " by name/id beside first/last-name fields", true);
        }
        return Classification.unknown(c.reason(), "name beside first/last-name fields is ambiguous");
    }

    /** GIVEN_NAME or FAMILY_NAME when the strongest match of the field's name / id is that part ("first name" over "name"). */
    private static FieldType namePartById(FieldDescriptor f) {
        FieldType found = null;
        for (String ident : new String[] {f.name(), f.id()}) {
            FieldType top = null;
            int topWeight = 0;
            for (Map.Entry<FieldType, Integer> e : LabelRules.scanIdentifier(
                    Text.identifierWords(FieldClassifier.headSegment(ident))).weights().entrySet()) {
                if (e.getValue() > topWeight) {
                    top = e.getKey();
                    topWeight = e.getValue();
                }
            }
            if (top == null) {
                continue;
            }
            if (top != GIVEN_NAME && top != FAMILY_NAME || found != null && found != top) {
                return null;
            }
            found = top;
        }
        return found;
    }

    /** "Additional information" in the label, or {@code additional_info} as the name / id. */
    private static boolean mentionsAdditionalInfo(FieldDescriptor f) {
        List<String> label = Text.words(FieldClassifier.primaryLabel(f));
        List<String> ids = Text.identifierWords(f.name() + " " + f.id());
        for (Phrase p : ADDITIONAL_INFO) {
            if (p.in(label) || p.in(ids)) {
                return true;
            }
        }
        return false;
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
    private static final List<Phrase> ADDITIONAL_INFO = Phrase.parseAll("additional information|additional info|additional address information"
            + "|zusatzinformationen|zusatzliche informationen|informations complementaires|information complementaire"
            + "|informacion adicional|aanvullende informatie|informazioni aggiuntive|informacao adicional|informacoes adicionais"
            + "|informacje dodatkowe|dodatkowe informacje");
    private static final List<String> STREET_WORDS = List.of("street", "strasse", "straat", "straatnaam", "rue", "calle", "ulica", "rua", "road");
}
