package dev.applypilot.shared.classify;

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
import java.util.Locale;
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
            EEO_DISABILITY, CONSENT, LINKEDIN_URL, GITHUB_URL, PORTFOLIO_URL, WEBSITE_URL, COVER_LETTER_FILE, RESUME_FILE);

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
            Map.entry("username", UNKNOWN));

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

        String ac = lastToken(f.autocomplete());
        FieldType acType = AUTOCOMPLETE.get(ac);
        if (acType != null) {
            Classification c = decide(f, acType, Reason.AUTOCOMPLETE, "autocomplete=" + ac, Set.of(), false);
            if (c != null) {
                return c;
            }
        }
        FieldType atsType = ats.knownType(f);
        if (atsType != null) {
            Classification c = decide(f, atsType, Reason.ATS_RULE, ats.ats() + " field", Set.of(), false);
            if (c != null) {
                return c;
            }
        }
        Classification c = best(f, label.weights(), Reason.LABEL_PATTERN, "label \"" + labelText + "\"", vetoed, question);
        if (c != null) {
            return c;
        }
        if (!question || labelWords.isEmpty()) {
            List<String> idWords = Text.identifierWords(f.name() + " " + f.id() + " " + f.attribute("data-automation-id"));
            LabelRules.Scan ids = LabelRules.scanIdentifier(idWords);
            vetoed.addAll(ids.vetoed());
            c = best(f, ids.weights(), Reason.NAME_TOKEN, "name/id " + idWords, vetoed, question);
            if (c != null) {
                return c;
            }
            List<String> ph = Text.words(f.placeholder());
            LabelRules.Scan placeholder = LabelRules.scanLabel(ph);
            vetoed.addAll(placeholder.vetoed());
            c = best(f, placeholder.weights(), Reason.PLACEHOLDER, "placeholder \"" + f.placeholder() + "\"", vetoed, question);
            if (c != null) {
                return c;
            }
        }
        if (CustomQuestionPass.isCustomQuestion(f, labelText)) {
            return new Classification(CUSTOM_QUESTION, Reason.LABEL_PATTERN, 0.8, "custom question \"" + labelText + "\"", false);
        }
        return Classification.unknown(Reason.NONE, "no signal matched");
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
        List<String> tokens = Text.splitOn(autocomplete.toLowerCase(Locale.ROOT), ' ');
        return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    }
}
