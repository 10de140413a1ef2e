package dev.applypilot.shared.job;

import java.util.Locale;
import java.util.Optional;

/** The period a salary amount refers to (schema.org QuantitativeValue unitText). */
public enum SalaryPeriod {
    HOUR, DAY, WEEK, MONTH, YEAR;

    /** Reads schema.org unit texts and common spellings ("YEAR", "yearly", "annual", "per hour", "HOURLY"). */
    public static Optional<SalaryPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.contains("hour") || t.equals("hr") || t.equals("h")) {
            return Optional.of(HOUR);
        }
        if (t.contains("day") || t.contains("daily")) {
            return Optional.of(DAY);
        }
        if (t.contains("week")) {
            return Optional.of(WEEK);
        }
        if (t.contains("month")) {
            return Optional.of(MONTH);
        }
        if (t.contains("year") || t.contains("annual") || t.equals("yr") || t.equals("pa")) {
            return Optional.of(YEAR);
        }
        return Optional.empty();
    }
}
