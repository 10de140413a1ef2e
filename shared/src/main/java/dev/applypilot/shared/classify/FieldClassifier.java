package dev.applypilot.shared.classify;

import dev.applypilot.shared.format.Chars;
import dev.applypilot.shared.format.Phrase;
import dev.applypilot.shared.format.Text;
import static dev.applypilot.shared.form.FieldType.*;

import dev.applypilot.shared.ats.ApplicationFormDetector;
import dev.applypilot.shared.ats.AtsAdapter;
import dev.applypilot.shared.ats.AtsAdapters;
import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldType;
import dev.applypilot.shared.form.FormDescriptor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classifies form fields. Signals are tried strongest first — autocomplete token, vendor rule, label
 * pattern, name/id tokens, placeholder — and the first signal that yields exactly one fitting type decides.
 * Label vetoes ("country of citizenship" is not the address country) also bind the weaker signals, and a
 * question-like label restricts every signal to question types, so an id like {@code current_title} under
 * "Why are you interested in this position?" is not filled with a job title. Unsafe fields are never fillable.
 */
public final class FieldClassifier {

    /** Types a question-like label may legitimately ask for. */
    private static final Set<FieldType> QUESTION_TYPES = EnumSet.of(
            WORK_AUTHORIZATION, SPONSORSHIP, RELOCATION, OVER_18, SECURITY_CLEARANCE, CRIMINAL_HISTORY, REFERRAL_SOURCE,
            SALARY_EXPECTATION, START_DATE, NOTICE_PERIOD, YEARS_OF_EXPERIENCE, EEO_GENDER, EEO_RACE, EEO_VETERAN,
            EEO_DISABILITY, CONSENT, LINKEDIN_URL, GITHUB_URL, PORTFOLIO_URL, WEBSITE_URL, COVER_LETTER_FILE, RESUME_FILE,
            PREFERRED_NAME, COUNTRY, CITY);

    /** Answers a pick list's placeholder option may never decide: legal, EEO and relocation questions. */
    private static final Set<FieldType> NOT_FROM_FIRST_OPTION = EnumSet.noneOf(FieldType.class);

    static {
        for (FieldType t : FieldType.values()) {
            if (t.isLegal() || t == RELOCATION) {
                NOT_FROM_FIRST_OPTION.add(t);
            }
        }
    }

    /** First words that mark a placeholder as an example value rather than a label ("e.g. Main Street"). */
    private static final List<Phrase> EXAMPLE_PLACEHOLDER = Phrase.parseAll("e g|eg|z b|zb|ex|for example|bijv|np|ej|p ex|es|por ejemplo");

    /** Labels / identifiers that reveal a separate house-number field (then "street" alone is not address line 1). */
    private static final List<Phrase> HOUSE_NUMBER = Phrase.parseAll(
            "house number|housenumber|house no|hausnummer|hausnr|huisnummer|huisnr|house nr|numero civico|street number|building number"
                    + "|numero de rue|numero de calle|nr domu|numer domu");

    private static final Map<String, FieldType> AUTOCOMPLETE = Map.ofEntries(
            Map.entry("given-name", GIVEN_NAME), Map.entry("family-name", FAMILY_NAME), Map.entry("name", FULL_NAME),
            Map.entry("nickname", PREFERRED_NAME), Map.entry("additional-name", UNKNOWN), Map.entry("honorific-prefix", UNKNOWN),
            Map.entry("honorific-suffix", UNKNOWN), Map.entry("email", EMAIL), Map.entry("tel", PHONE),
            Map.entry("tel-national", PHONE), Map.entry("tel-country-code", PHONE_COUNTRY_CODE),
            Map.entry("tel-extension", PHONE_EXTENSION), Map.entry("street-address", ADDRESS_LINE1),
            Map.entry("address-line1", ADDRESS_LINE1), Map.entry("address-line2", ADDRESS_LINE2),
            Map.entry("address-line3", UNKNOWN), Map.entry("address-level2", CITY), Map.entry("address-level1", REGION),
            Map.entry("postal-code", POSTAL_CODE), Map.entry("country", COUNTRY), Map.entry("country-name", COUNTRY),
            Map.entry("organization", CURRENT_COMPANY), Map.entry("organization-title", CURRENT_TITLE),
            Map.entry("url", WEBSITE_URL), Map.entry("sex", EEO_GENDER), Map.entry("bday", UNKNOWN),
            Map.entry("bday-day", UNKNOWN), Map.entry("bday-month", UNKNOWN), Map.entry("bday-year", UNKNOWN),
            Map.entry("username", UNKNOWN));

    /**
     * Identifier words that change what a field is whatever its label says: phonetic (kana) name parts
     * are not the name, and search / lookup widgets are not address parts.
     */
    private static final Map<String, Set<FieldType>> CONTEXT_VETOES = Map.of(
            "kana", EnumSet.of(GIVEN_NAME, FAMILY_NAME, FULL_NAME),
            "furigana", EnumSet.of(GIVEN_NAME, FAMILY_NAME, FULL_NAME),
            "phonetic", EnumSet.of(GIVEN_NAME, FAMILY_NAME, FULL_NAME),
            "search", EnumSet.of(ADDRESS_LINE1, ADDRESS_LINE2, CITY, POSTAL_CODE),
            "lookup", EnumSet.of(ADDRESS_LINE1, ADDRESS_LINE2, CITY, POSTAL_CODE),
            "query", EnumSet.of(ADDRESS_LINE1, ADDRESS_LINE2, CITY, POSTAL_CODE));

    private static final double[] CONFIDENCE = {0, 0.98, 0.95, 0.9, 0.75, 0.65};

    private final List<FieldPass> passes;
    private final Map<FieldType, FieldPass> owner = new EnumMap<>(FieldType.class);

    /** A classifier with {@link Passes#defaults()}. */
    public FieldClassifier() {
        this(Passes.defaults());
    }

    /** A classifier with the given ordered passes. */
    public FieldClassifier(List<FieldPass> passes) {
        this.passes = List.copyOf(passes);
        for (FieldPass p : this.passes) {
            for (FieldType t : p.family()) {
                owner.putIfAbsent(t, p);
            }
        }
    }

    /** Classifies every field of the form; nothing is fillable unless the form is an application form. */
    public FormClassification classify(FormDescriptor form) {
        AtsAdapter ats = AtsAdapters.detect(form);
        List<Classification> out = new ArrayList<>();
        List<FieldType> types = new ArrayList<>();
        for (FieldDescriptor f : form.fields()) {
            Classification c = classifyField(f, ats);
            out.add(c);
            types.add(c.type());
        }
        out = FormContext.resolve(form, out);
        out = SplitDates.resolve(form, out);
        types.clear();
        for (Classification c : out) {
            types.add(c.type());
        }
        boolean application = ApplicationFormDetector.isApplicationForm(form, types);
        if (!application) {
            List<Classification> blocked = new ArrayList<>();
            for (Classification c : out) {
                blocked.add(c.fillable() ? c.notFillable("form is not an application form") : c);
            }
            out = blocked;
        }
        return new FormClassification(ats, application, out);
    }

    /** Classifies one field in the context of a vendor adapter. */
    public Classification classifyField(FieldDescriptor f, AtsAdapter ats) {
        String refusal = Safety.refusal(f);
        if (refusal != null) {
            return Classification.unknown(Reason.SAFETY, refusal);
        }
        String labelText = primaryLabel(f);
        List<String> labelWords = Text.words(labelText);
        boolean question = CustomQuestionPass.isQuestion(labelText, labelWords);
        LabelRules.Scan label = LabelRules.scanLabel(labelWords);
        Set<FieldType> vetoed = EnumSet.noneOf(FieldType.class);
        vetoed.addAll(label.vetoed());
        for (String w : Text.identifierWords(f.name() + " " + f.id())) {
            Set<FieldType> context = CONTEXT_VETOES.get(w);
            if (context != null) {
                vetoed.addAll(context);
            }
        }

        // The control's own label may veto autocomplete and vendor rules ("Company name" marked address-line1,
        // "Country of citizenship" on a vendor's "country" id); nearby text (a section heading) is too loose.
        boolean ownLabel = !f.label().isBlank() || !f.ariaLabel().isBlank();
        Set<FieldType> strongVetoes = EnumSet.copyOf(vetoed);
        if (!ownLabel) {
            strongVetoes.removeAll(label.vetoed());
        }
        String ac = lastToken(f.autocomplete());
        FieldType acType = AUTOCOMPLETE.get(ac);
        if (acType != null) {
            Classification c = decide(f, acType, Reason.AUTOCOMPLETE, "autocomplete=" + ac, strongVetoes, false);
            if (c != null) {
                return c;
            }
        }
        FieldType atsType = ats.knownType(f);
        if (atsType != null) {
            Classification c = decide(f, atsType, Reason.ATS_RULE, ats.ats() + " field", strongVetoes, false);
            if (c != null) {
                return c;
            }
        }
        Classification c = best(f, label.weights(), Reason.LABEL_PATTERN, "label \"" + labelText + "\"", vetoed, question);
        if (c != null) {
            return c;
        }
        if (suggestsAny(label.weights(), vetoed, question)) {
            // The label names a field type that this control cannot hold: weaker signals must not overrule it.
            return Classification.unknown(Reason.LABEL_PATTERN, "label \"" + labelText + "\" does not fit a " + f.type() + " control");
        }
        if (!question || labelWords.isEmpty()) {
            Map<FieldType, Integer> idWeights = new EnumMap<>(FieldType.class);
            List<String> seen = new ArrayList<>();
            for (String ident : new String[] {f.name(), f.id(), f.attribute("data-automation-id")}) {
                String head = headSegment(ident);
                if (head.isEmpty() || seen.contains(head)) {
                    continue;
                }
                seen.add(head);
                LabelRules.Scan ids = LabelRules.scanIdentifier(choiceStem(f, Text.identifierWords(head)));
                vetoed.addAll(ids.vetoed());
                ids.weights().forEach((t, w) -> idWeights.merge(t, w, Math::max));
            }
            c = best(f, idWeights, Reason.NAME_TOKEN, "name/id " + seen, vetoed, question);
            if (c != null) {
                return c;
            }
            List<String> ph = Text.words(f.placeholder().isEmpty() ? emptyChoiceText(f) : f.placeholder());
            if (isExample(ph)) {
                ph = List.of();
            }
            LabelRules.Scan placeholder = LabelRules.scanLabel(ph);
            vetoed.addAll(placeholder.vetoed());
            if (!f.placeholder().isEmpty() || ph.isEmpty()) {
                c = best(f, placeholder.weights(), Reason.PLACEHOLDER, "placeholder \"" + f.placeholder() + "\"", vetoed, question);
            } else {
                // A pick list's empty first option is its placeholder; it never decides a legal answer on its own.
                Set<FieldType> notFromOption = EnumSet.copyOf(vetoed);
                notFromOption.addAll(NOT_FROM_FIRST_OPTION);
                c = best(f, placeholder.weights(), Reason.PLACEHOLDER, "empty first option \"" + emptyChoiceText(f) + "\"",
                        notFromOption, question);
            }
            if (c != null) {
                return c;
            }
        }
        if (CustomQuestionPass.isCustomQuestion(f, labelText)) {
            return new Classification(CUSTOM_QUESTION, Reason.LABEL_PATTERN, 0.8, "custom question \"" + labelText + "\"", false);
        }
        return Classification.unknown(Reason.NONE, "no signal matched");
    }

    /**
     * A pick list named {@code country_id} / {@code AddressCountyId} chooses a country / county by its record id:
     * the trailing "id" is the value's kind, not the field's meaning.
     */
    private static List<String> choiceStem(FieldDescriptor f, List<String> words) {
        int last = words.size() - 1;
        return f.isChoice() && last > 0 && words.get(last).equals("id") ? words.subList(0, last) : words;
    }

    /** The text of a select's first option when its value is empty ("Select country", "— Provincia —"), else "". */
    private static String emptyChoiceText(FieldDescriptor f) {
        return f.tag().equals("select") && !f.options().isEmpty() && f.options().get(0).value().isBlank() ? f.options().get(0).text() : "";
    }

    /** Label, else aria-label, else the nearby question text. */
    static String primaryLabel(FieldDescriptor f) {
        if (!f.label().isBlank()) {
            return f.label().trim();
        }
        if (!f.ariaLabel().isBlank()) {
            return f.ariaLabel().trim();
        }
        return f.nearbyText().trim();
    }

    /**
     * The last bracket / dot / double-dash segment of an identifier: {@code details[order][lastName]} gives
     * {@code lastName}, Greenhouse's {@code address--postalCode} gives {@code postalCode}; segments without a letter
     * ({@code school--0}) are skipped.
     */
    static String headSegment(String ident) {
        String best = "";
        int start = 0;
        for (int i = 0; i <= ident.length(); i++) {
            char c = i < ident.length() ? ident.charAt(i) : '.';
            boolean doubleDash = c == '-' && i + 1 < ident.length() && ident.charAt(i + 1) == '-';
            if (c == '[' || c == ']' || c == '.' || doubleDash) {
                String seg = ident.substring(start, i);
                if (hasLetter(seg)) {
                    best = seg;
                }
                start = doubleDash ? i + 2 : i + 1;
                i = doubleDash ? i + 1 : i;
            }
        }
        return best;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Chars.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isExample(List<String> placeholderWords) {
        for (Phrase p : EXAMPLE_PLACEHOLDER) {
            if (p.in(placeholderWords.subList(0, Math.min(p.words().size(), placeholderWords.size())))) {
                return true;
            }
        }
        return false;
    }

    static boolean mentionsHouseNumber(FieldDescriptor f) {
        List<String> words = Text.words(primaryLabel(f) + " " + f.placeholder());
        List<String> ids = Text.identifierWords(f.name() + " " + f.id());
        for (Phrase p : HOUSE_NUMBER) {
            if (p.in(words) || p.in(ids)) {
                return true;
            }
        }
        return false;
    }

    private boolean suggestsAny(Map<FieldType, Integer> weights, Set<FieldType> vetoed, boolean question) {
        for (FieldType t : weights.keySet()) {
            if (!vetoed.contains(t) && (!question || QUESTION_TYPES.contains(t))) {
                return true;
            }
        }
        return false;
    }

    private Classification best(FieldDescriptor f, Map<FieldType, Integer> weights, Reason reason, String why,
                                Set<FieldType> vetoed, boolean question) {
        FieldType top = null;
        FieldType accepted = null;
        int topWeight = -1;
        boolean tie = false;
        for (FieldPass pass : passes) {
            for (FieldType t : pass.family()) {
                Integer w = weights.get(t);
                if (w == null || vetoed.contains(t) || question && !QUESTION_TYPES.contains(t)) {
                    continue;
                }
                FieldType a = pass.accept(f, t);
                if (a == null) {
                    continue;
                }
                if (w > topWeight) {
                    top = t;
                    accepted = a;
                    topWeight = w;
                    tie = false;
                } else if (w == topWeight && a != accepted) {
                    tie = true;
                }
            }
        }
        if (top == null) {
            return null;
        }
        if (tie) {
            return Classification.unknown(reason, "ambiguous " + why);
        }
        return make(accepted, reason, why);
    }

    private Classification decide(FieldDescriptor f, FieldType t, Reason reason, String why, Set<FieldType> vetoed,
                                  boolean question) {
        if (t == UNKNOWN) {
            return Classification.unknown(reason, why + " is known not to be filled");
        }
        if (t == CUSTOM_QUESTION) {
            return new Classification(CUSTOM_QUESTION, reason, CONFIDENCE[reason.ordinal()], "custom question by " + why, false);
        }
        FieldPass pass = owner.get(t);
        FieldType a = pass == null ? null : pass.accept(f, t);
        if (a == null || vetoed.contains(t) || question && !QUESTION_TYPES.contains(t)) {
            return null;
        }
        return make(a, reason, why);
    }

    private static Classification make(FieldType t, Reason reason, String why) {
        return new Classification(t, reason, CONFIDENCE[reason.ordinal()], t + " by " + why, t.isFillable());
    }

    private static String lastToken(String autocomplete) {
        List<String> tokens = Text.splitOn(Chars.lower(autocomplete), ' ');
        return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    }
}
