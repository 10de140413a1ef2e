package dev.applypilot.shared.classify;

import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldOption;
import dev.applypilot.shared.form.FieldType;
import dev.applypilot.shared.format.DateFormatter;
import dev.applypilot.shared.format.MonthNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans one part of a split date: the day, month or year of the profile's ISO date, typed (two-digit day and month,
 * four-digit year; plain numbers in {@code type=number}) or picked from a list by number or, for months, by name in
 * any language {@link MonthNames} knows. A month-only profile date ({@code 2018-09}) has no day to give.
 */
final class SplitDateAnswers {

    private SplitDateAnswers() {
    }

    static FillDecision plan(int i, FieldDescriptor f, FieldType t, DatePart part, String iso) {
        DateFormatter.Parts date = DateFormatter.parts(iso);
        if (date == null || part == DatePart.DAY && iso.trim().length() < 10) {
            return FillDecision.abstain(i, t, AbstainReason.NO_PROFILE_VALUE, "profile has no " + part + " for " + t);
        }
        String digits = part == DatePart.DAY ? date.day() : part == DatePart.MONTH ? date.month() : date.year();
        int wanted = DatePart.number(digits);
        String why = t + " " + part + " of a split date";
        if (!f.isChoice()) {
            String value = f.type().equals("number") ? String.valueOf(wanted) : digits;
            return new FillDecision(i, t, FillAction.TYPE_TEXT, value, null, null, why);
        }
        List<FieldOption> hits = new ArrayList<>();
        for (FieldOption o : f.options()) {
            if (optionNumber(o, part) == wanted) {
                hits.add(o);
            }
        }
        OptionMatcher.Match m = OptionMatcher.Match.of(hits);
        if (m.option() == null) {
            return FillDecision.abstain(i, t, m.failure(), why + ": " + m.failure());
        }
        return new FillDecision(i, t, FillAction.SELECT_OPTION, m.option().value(), null, null, why + " -> " + m.option().text());
    }

    /**
     * The number an option stands for: its text ("03", "March", "März"), else its value. The text comes first because
     * month lists often carry zero-based values ("0" = January) behind their names.
     */
    private static int optionNumber(FieldOption o, DatePart part) {
        int fromText = number(o.text(), part);
        return fromText >= 0 ? fromText : number(o.value(), part);
    }

    private static int number(String text, DatePart part) {
        int n = DatePart.number(text);
        if (n < 0 && part == DatePart.MONTH) {
            int named = MonthNames.monthOf(text);
            return named > 0 ? named : -1;
        }
        return n;
    }
}
