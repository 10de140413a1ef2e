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
        List<int[]> groups = groups(fields, parts);
        List<List<List<String>>> contexts = new ArrayList<>();
        boolean periodEnd = false;
        for (int[] g : groups) {
            List<List<String>> texts = context(fields, g);
            contexts.add(texts);
            periodEnd |= mentions(PERIOD_END, texts);
        }
        for (FieldDescriptor f : fields) {
            periodEnd |= isWholeDate(f) && mentions(PERIOD_END, List.of(Text.words(FieldClassifier.primaryLabel(f))));
        }
        List<Classification> out = new ArrayList<>(in);
        for (int k = 0; k < groups.size(); k++) {
            int[] g = groups.get(k);
            List<List<String>> texts = contexts.get(k);
            String said = said(texts);
            FieldType meaning = meaning(texts);
            boolean periodStart = meaning == START_DATE && periodEnd && !mentions(PERIOD_END, texts);
            for (int i = g[0]; i < g[1]; i++) {
                if (meaning == null || periodStart) {
                    String reason = periodStart ? "a start date beside an end date is a period, not availability"
                            : mentions(BIRTH, texts) ? "a date of birth is not filled" : "a split date autofill does not fill";
                    out.set(i, Classification.unknown(Reason.LABEL_PATTERN, parts[i] + " of split date \"" + said + "\": " + reason));
                } else {
                    out.set(i, new Classification(meaning, Reason.LABEL_PATTERN, 0.85,
                            meaning + " (" + parts[i] + " of split date \"" + said + "\")", true));
                }
            }
        }
        return out;
    }

    /** A native date / month input: an "End date" of that kind also makes a split "Start date" a period's start. */
    private static boolean isWholeDate(FieldDescriptor f) {
        return f.tag().equals("input") && (f.type().equals("date") || f.type().equals("month"));
    }

    /** Only controls no stronger signal claimed for another type can be parts. */
    private static boolean candidate(Classification c) {
        return c.reason() != Reason.SAFETY && (c.type() == UNKNOWN || FILLED.contains(c.type()));
    }

    /**
     * Runs of adjacent parts of one date, holding at least a month and a year: a run ends at a repeated part, a new
     * heading (legend) or a different identifier stem ({@code grad_year} then {@code dob_day}).
     */
    private static List<int[]> groups(List<FieldDescriptor> fields, DatePart[] parts) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < parts.length) {
            if (parts[i] == null) {
                i++;
                continue;
            }
            Set<DatePart> seen = EnumSet.of(parts[i]);
            int j = i + 1;
            while (j < parts.length && parts[j] != null && !seen.contains(parts[j]) && sameDate(fields.get(j - 1), fields.get(j))) {
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

    private static boolean sameDate(FieldDescriptor a, FieldDescriptor b) {
        List<String> stemA = stem(a);
        List<String> stemB = stem(b);
        return a.sectionHeading().equals(b.sectionHeading()) && (stemA.isEmpty() || stemB.isEmpty() || stemA.equals(stemB));
    }

    /** Identifier words without part words and numbers: {@code dob_day} and {@code dob[year]} share "dob". */
    private static List<String> stem(FieldDescriptor f) {
        List<String> out = new ArrayList<>();
        for (String w : Text.identifierWords(f.name().isEmpty() ? f.id() : f.name())) {
            if (!DatePart.isPartWord(w) && DatePart.number(w) < 0) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The group's own texts, each without its part words and numbers: every part's label, aria-label and identifiers
     * ({@code dob_day} gives "dob", autocomplete {@code bday-day} gives "bday"), and the first part's nearby text and
     * heading (legend) when they are label-sized. Texts stay apart so that phrases never span two of them.
     */
    private static List<List<String>> context(List<FieldDescriptor> fields, int[] g) {
        List<List<String>> texts = new ArrayList<>();
        for (int i = g[0]; i < g[1]; i++) {
            FieldDescriptor f = fields.get(i);
            add(texts, Text.words(f.label()));
            add(texts, Text.words(f.ariaLabel()));
            for (String ident : new String[] {f.name(), f.id(), f.attribute("data-automation-id"), f.autocomplete()}) {
                add(texts, Text.identifierWords(ident));
            }
        }
        FieldDescriptor first = fields.get(g[0]);
        for (String text : new String[] {first.nearbyText(), first.sectionHeading()}) {
            List<String> w = Text.words(text);
            if (w.size() <= MAX_LABEL_WORDS) {
                add(texts, w);
            }
        }
        return texts;
    }

    private static void add(List<List<String>> texts, List<String> words) {
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            if (!DatePart.isPartWord(w) && DatePart.number(w) < 0) {
                kept.add(w);
            }
        }
        if (!kept.isEmpty() && !texts.contains(kept)) {
            texts.add(kept);
        }
    }

    /** START_DATE or GRADUATION_DATE when the texts name exactly one of them and veto neither; a birth date never. */
    private static FieldType meaning(List<List<String>> texts) {
        if (mentions(BIRTH, texts)) {
            return null;
        }
        Set<FieldType> named = EnumSet.noneOf(FieldType.class);
        Set<FieldType> vetoed = EnumSet.noneOf(FieldType.class);
        for (List<String> words : texts) {
            LabelRules.Scan scan = LabelRules.scanLabel(words);
            named.addAll(scan.weights().keySet());
            vetoed.addAll(scan.vetoed());
        }
        named.retainAll(FILLED);
        named.removeAll(vetoed);
        return named.size() == 1 ? named.iterator().next() : null;
    }

    private static boolean mentions(List<Phrase> phrases, List<List<String>> texts) {
        for (List<String> words : texts) {
            for (Phrase p : phrases) {
                if (p.in(words)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String said(List<List<String>> texts) {
        List<String> joined = new ArrayList<>();
        for (List<String> words : texts) {
            joined.add(String.join(" ", words));
        }
        return String.join(" / ", joined);
    }
}
