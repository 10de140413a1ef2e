package dev.applypilot.shared.extract;

/** Reduces ISO-8601 dates and date-times ("2026-08-06T07:39:35Z") to their yyyy-MM-dd date. */
final class IsoDates {

    private IsoDates() {
    }

    /** The leading yyyy-MM-dd of {@code text}, or null when it does not start with one. */
    static String datePart(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (t.length() < 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return null;
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
            if (!Character.isDigit(t.charAt(i))) {
                return null;
            }
        }
        if (t.length() > 10 && Character.isDigit(t.charAt(10))) {
            return null;
        }
        int month = (t.charAt(5) - '0') * 10 + (t.charAt(6) - '0');
        int day = (t.charAt(8) - '0') * 10 + (t.charAt(9) - '0');
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? t.substring(0, 10) : null;
    }
}
