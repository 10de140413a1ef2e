package dev.applypilot.shared.classify;

import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldOption;
import dev.applypilot.shared.format.MonthNames;
import dev.applypilot.shared.format.Text;
import java.util.List;

/**
 * One control of a date split into day / month / year controls, read from the control alone: its own label's last
 * word ("Month", "Jahr"), a placeholder that is one part ({@code DD}, {@code MM}, {@code YYYY}, {@code JJJJ}), the
 * last word of its name / id ({@code start_date_month}, {@code dob[day]}, {@code bday-year}), or the options of a
 * select (1-31, twelve month names or 1-12, four-digit years). Signals that disagree give no part.
 */
public enum DatePart {
    DAY, MONTH, YEAR;

    private static final List<String> DAY_WORDS = List.of("day", "tag", "jour", "dia", "dag", "giorno", "dzien", "dd", "tt", "gg");
    private static final List<String> MONTH_WORDS = List.of("month", "monat", "mois", "mes", "maand", "mese", "miesiac", "mm");
    private static final List<String> YEAR_WORDS = List.of("year", "jahr", "annee", "ano", "jaar", "anno", "rok", "yyyy", "jjjj",
            "aaaa", "rrrr");

    /** The part this control holds, or {@code null} when it is not (or not clearly) one part of a date. */
    public static DatePart of(FieldDescriptor f) {
        if (!(f.tag().equals("select") || f.isTextEntry() && !f.tag().equals("textarea") && !f.type().equals("date")
                && !f.type().equals("month"))) {
            return null;
        }
        DatePart found = null;
        for (DatePart p : new DatePart[] {
                lastWord(Text.words(f.label())), lastWord(Text.words(f.ariaLabel())), onlyWord(Text.words(f.placeholder())),
                lastWord(Text.identifierWords(FieldClassifier.headSegment(f.name()))),
                lastWord(Text.identifierWords(FieldClassifier.headSegment(f.id()))), ofOptions(f.options()), ofAutocomplete(f)}) {
            if (p == null) {
                continue;
            }
            if (found != null && found != p) {
                return null;
            }
            found = p;
        }
        return found;
    }

    /** Whether the control's own label (or aria-label) ends with its part: "Graduation year", "Start month". */
    static boolean namedByLabel(FieldDescriptor f) {
        return lastWord(Text.words(f.label())) != null || lastWord(Text.words(f.ariaLabel())) != null;
    }

    /** Whether a word names a date part ("month", "jahr", "yyyy"). */
    static boolean isPartWord(String w) {
        return partOf(w) != null;
    }

    private static DatePart partOf(String w) {
        return DAY_WORDS.contains(w) ? DAY : MONTH_WORDS.contains(w) ? MONTH : YEAR_WORDS.contains(w) ? YEAR : null;
    }

    private static DatePart lastWord(List<String> words) {
        int last = words.size() - 1;
        if (last > 0 && isNumber(words.get(last))) {
            last--; // school--0, start_month_2
        }
        return last < 0 ? null : partOf(words.get(last));
    }

    private static DatePart onlyWord(List<String> words) {
        return words.size() == 1 ? partOf(words.get(0)) : null;
    }

    private static DatePart ofAutocomplete(FieldDescriptor f) {
        String ac = f.autocomplete();
        return ac.endsWith("bday-day") ? DAY : ac.endsWith("bday-month") ? MONTH : ac.endsWith("bday-year") ? YEAR : null;
    }

    /** A pick list of days 1-31, of the twelve months, or of four-digit years (a leading "Select" option aside). */
    private static DatePart ofOptions(List<FieldOption> options) {
        int days = 0, months = 0, years = 0, other = 0, highest = 0;
        for (FieldOption o : options) {
            String text = o.text().isBlank() ? o.value() : o.text();
            int n = number(text);
            if (n >= 1900 && n <= 2100) {
                years++;
            } else if (MonthNames.monthOf(text) > 0 && n < 0) {
                months++;
            } else if (n >= 1 && n <= 31) {
                days++;
                highest = Math.max(highest, n);
            } else {
                other++;
            }
        }
        if (other > 1) {
            return null;
        }
        if (years >= 5 && days == 0 && months == 0) {
            return YEAR;
        }
        if (months == 12 && days == 0 && years == 0 || days == 12 && highest == 12 && months == 0 && years == 0) {
            return MONTH;
        }
        return days >= 28 && months == 0 && years == 0 ? DAY : null;
    }

    /** The whole text as a non-negative number ("05" gives 5), else -1. */
    static int number(String text) {
        String t = text.trim();
        if (t.isEmpty() || t.length() > 4) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static boolean isNumber(String w) {
        return number(w) >= 0;
    }
}
