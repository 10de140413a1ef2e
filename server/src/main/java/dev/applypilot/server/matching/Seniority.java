package dev.applypilot.server.matching;

import java.util.Locale;
import java.util.regex.Pattern;

/** Career level, ordered; read from a title or, failing that, from years of experience. */
enum Seniority {
    INTERN, JUNIOR, MID, SENIOR, LEAD, EXECUTIVE;

    private static final Pattern EXECUTIVE_CUE = Pattern.compile("\\b(director|head of|vp|vice president|chief|cto|ceo)\\b");
    private static final Pattern LEAD_CUE = Pattern.compile("\\b(lead|staff|principal|architect|manager)\\b");
    private static final Pattern SENIOR_CUE = Pattern.compile("\\b(senior|sr\\.?|iii)\\b");
    private static final Pattern JUNIOR_CUE = Pattern.compile("\\b(junior|jr\\.?|entry[- ]level|graduate|associate|i)\\b");
    private static final Pattern INTERN_CUE = Pattern.compile("\\b(intern|internship|trainee|apprentice)\\b");

    /** Level named in a title, or null when the title has no level word. */
    static Seniority fromTitle(String title) {
        if (title == null) {
            return null;
        }
        String t = title.toLowerCase(Locale.ROOT);
        if (INTERN_CUE.matcher(t).find()) {
            return INTERN;
        }
        if (EXECUTIVE_CUE.matcher(t).find()) {
            return EXECUTIVE;
        }
        if (LEAD_CUE.matcher(t).find()) {
            return LEAD;
        }
        if (SENIOR_CUE.matcher(t).find()) {
            return SENIOR;
        }
        return JUNIOR_CUE.matcher(t).find() ? JUNIOR : null;
    }

    static Seniority fromYears(double years) {
        if (years < 2) {
            return JUNIOR;
        }
        if (years < 5) {
            return MID;
        }
        return years < 9 ? SENIOR : LEAD;
    }
}
