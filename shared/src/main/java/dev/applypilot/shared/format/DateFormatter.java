package dev.applypilot.shared.format;


/** Formats ISO dates ({@code YYYY-MM-DD} or {@code YYYY-MM}) and guesses the wanted spelling from a field. */
public final class DateFormatter {

    /**
     * Parts of an ISO date.
     *
     * @param year  four digits
     * @param month two digits
     * @param day   two digits, or {@code "01"} when the date has no day
     */
    public record Parts(String year, String month, String day) {
    }

    private DateFormatter() {
    }

    /** Splits {@code YYYY-MM-DD} / {@code YYYY-MM}; {@code null} when malformed. */
    public static Parts parts(String iso) {
        if (iso == null) {
            return null;
        }
        String s = iso.trim();
        if (s.length() < 7 || s.charAt(4) != '-') {
            return null;
        }
        String day = s.length() >= 10 && s.charAt(7) == '-' ? s.substring(8, 10) : "01";
        return new Parts(s.substring(0, 4), s.substring(5, 7), day);
    }

    /** Formats an ISO date; {@code null} when it cannot be parsed. */
    public static String format(String iso, DateFormat format) {
        Parts p = parts(iso);
        if (p == null) {
            return null;
        }
        return switch (format) {
            case ISO -> p.year() + "-" + p.month() + "-" + p.day();
            case US -> p.month() + "/" + p.day() + "/" + p.year();
            case EUROPEAN_SLASH -> p.day() + "/" + p.month() + "/" + p.year();
            case EUROPEAN_DOT -> p.day() + "." + p.month() + "." + p.year();
            case YEAR_MONTH -> p.year() + "-" + p.month();
            case MONTH_YEAR -> p.month() + "/" + p.year();
        };
    }

    /**
     * The spelling a field wants, from its input type and placeholder ({@code MM/DD/YYYY}, {@code TT.MM.JJJJ},
     * {@code JJ/MM/AAAA} ...); ISO when nothing says otherwise.
     */
    public static DateFormat detect(String inputType, String placeholder) {
        if ("month".equals(inputType)) {
            return DateFormat.YEAR_MONTH;
        }
        if ("date".equals(inputType)) {
            return DateFormat.ISO;
        }
        String p = placeholder == null ? "" : Chars.lower(placeholder).replace(" ", "");
        if (p.startsWith("mm/dd") || p.startsWith("mm-dd")) {
            return DateFormat.US;
        }
        if (p.startsWith("dd/mm/") || p.startsWith("jj/mm/") || p.startsWith("gg/mm/") || p.startsWith("dd-mm-")) {
            return DateFormat.EUROPEAN_SLASH;
        }
        if (p.startsWith("dd.mm.") || p.startsWith("tt.mm.")) {
            return DateFormat.EUROPEAN_DOT;
        }
        if (p.startsWith("mm/yy") || p.startsWith("mm/jj") || p.startsWith("mm/aa")) {
            return DateFormat.MONTH_YEAR;
        }
        if (p.equals("yyyy-mm") || p.equals("jjjj-mm")) {
            return DateFormat.YEAR_MONTH;
        }
        return DateFormat.ISO;
    }
}
