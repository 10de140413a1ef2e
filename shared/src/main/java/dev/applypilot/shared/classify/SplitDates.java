package dev.applypilot.shared.classify;

import static dev.applypilot.shared.form.FieldType.*;

import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldType;
import dev.applypilot.shared.form.FormDescriptor;
import dev.applypilot.shared.format.Phrase;
import dev.applypilot.shared.format.Text;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Form-level pass for a date split into separate day / month / year controls (selects or text inputs side by side
 * under one label, legend or identifier stem). No single part says what the date is, so the group's shared words
 * decide: an availability date ("Start date", "Available from", "Verfügbar ab") or a graduation date is filled part
 * by part; a date of birth, a period of employment or education ("Start date" beside an "End date") and anything
 * unrecognised is not, and none of its parts is filled as anything else.
 */
final class SplitDates {

    /** A date of birth is not a profile fact autofill fills, whatever else the group's words say. */
    private static final List<Phrase> BIRTH = Phrase.parseAll("date of birth|birth date|birthdate|birthday|dob|born|bday|geburt*"
            + "|naissance|nacimiento|geboorte*|nascita|nascimento|urodzenia|urodzin*");
    /** The end of a period: beside it, "start date" is the period's start, not the applicant's availability. */
    private static final List<Phrase> PERIOD_END = Phrase.parseAll("end|end date|to|until|till|ende|enddatum|bis|fin|date de fin"
            + "|hasta|fecha de fin|einde|einddatum|tot|fine|data di fine|ate|data de fim|data de termino|do|data zakonczenia");
    /** Dates the profile can fill part by part. */
    private static final Set<FieldType> FILLED = EnumSet.of(START_DATE, GRADUATION_DATE);
    /** Headings and nearby texts longer than this are page or section titles, not the date's label. */
    private static final int MAX_LABEL_WORDS = 6;

    private SplitDates() {
    }

    static List<Classification> resolve(FormDescriptor form, List<Classification> in) {
        List<FieldDescriptor> fields = form.fields();
        DatePart[] parts = new DatePart[fields.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = candidate(in.get(i)) ? DatePart.of(fields.get(i)) : null;
        }
        List<int[]> groups = groups(parts);
        List<List<String>> contexts = new ArrayList<>();
        boolean periodEnd = false;
        for (int[] g : groups) {
            List<String> words = context(fields, g);
            contexts.add(words);
            periodEnd |= isPeriodEnd(words);
        }
        List<Classification> out = new ArrayList<>(in);
        for (int k = 0; k < groups.size(); k++) {
            int[] g = groups.get(k);
            List<String> words = contexts.get(k);
            String said = String.join(" ", words);
            FieldType meaning = meaning(words);
            boolean periodStart = meaning == START_DATE && periodEnd && !isPeriodEnd(words);
            for (int i = g[0]; i < g[1]; i++) {
                if (meaning == null || periodStart) {
                    String reason = periodStart ? "a start date beside an end date is a period, not availability"
                            : mentions(BIRTH, words) ? "a date of birth is not filled" : "a split date autofill does not fill";
                    out.set(i, Classification.unknown(Reason.LABEL_PATTERN, parts[i] + " of split date \"" + said + "\": " + reason));
                } else {
                    out.set(i, new Classification(meaning, Reason.LABEL_PATTERN, 0.85,
                            meaning + " (" + parts[i] + " of split date \"" + said + "\")", true));
                }
            }
        }
        return out;
    }

    /** Only controls no stronger signal claimed for another type can be parts. */
    private static boolean candidate(Classification c) {
        return c.reason() != Reason.SAFETY && (c.type() == UNKNOWN || FILLED.contains(c.type()));
    }

    /** Runs of adjacent parts without a repeated part, holding at least a month and a year. */
    private static List<int[]> groups(DatePart[] parts) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < parts.length) {
            if (parts[i] == null) {
                i++;
                continue;
            }
            Set<DatePart> seen = EnumSet.of(parts[i]);
            int j = i + 1;
            while (j < parts.length && parts[j] != null && !seen.contains(parts[j])) {
                seen.add(parts[j]);
                j++;
            }
            if (seen.contains(DatePart.MONTH) && seen.contains(DatePart.YEAR)) {
                out.add(new int[] {i, j});
            }
            i = j;
        }
        return out;
    }

    /**
     * The group's own words without the part words: every part's label and aria-label, its identifier stem
     * ({@code dob_day} gives "dob") and autocomplete ({@code bday-day} gives "bday"), and the first part's nearby text and heading (legend) when they are label-sized.
     */
    private static List<String> context(List<FieldDescriptor> fields, int[] g) {
        List<String> words = new ArrayList<>();
        for (int i = g[0]; i < g[1]; i++) {
            FieldDescriptor f = fields.get(i);
            addNew(words, Text.words(f.label()));
            addNew(words, Text.words(f.ariaLabel()));
            addNew(words, Text.identifierWords(f.name() + " " + f.id() + " " + f.attribute("data-automation-id") + " " + f.autocomplete()));
        }
        FieldDescriptor first = fields.get(g[0]);
        for (String text : new String[] {first.nearbyText(), first.sectionHeading()}) {
            List<String> w = Text.words(text);
            if (w.size() <= MAX_LABEL_WORDS) {
                addNew(words, w);
            }
        }
        return words;
    }

    /** Appends words that are neither part words, numbers nor already present, keeping their order. */
    private static void addNew(List<String> out, List<String> words) {
        for (String w : words) {
            if (!DatePart.isPartWord(w) && DatePart.number(w) < 0 && !out.contains(w)) {
                out.add(w);
            }
        }
    }

    private static FieldType meaning(List<String> words) {
        if (mentions(BIRTH, words)) {
            return null;
        }
        LabelRules.Scan scan = LabelRules.scanLabel(words);
        FieldType found = null;
        for (FieldType t : FILLED) {
            if (scan.weights().containsKey(t)) {
                if (found != null) {
                    return null;
                }
                found = t;
            }
        }
        return found;
    }

    private static boolean isPeriodEnd(List<String> words) {
        return mentions(PERIOD_END, words);
    }

    private static boolean mentions(List<Phrase> phrases, List<String> words) {
        for (Phrase p : phrases) {
            if (p.in(words)) {
                return true;
            }
        }
        return false;
    }
}
