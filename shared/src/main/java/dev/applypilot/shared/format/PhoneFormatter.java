package dev.applypilot.shared.format;

import java.util.List;

/** Formats E.164 numbers; knows the calling codes of the countries we name. */
public final class PhoneFormatter {

    /** Calling codes, longest first so that {@code +351} wins over {@code +35}. */
    private static final List<String> CALLING_CODES = List.of(
            "351", "352", "353", "354", "358", "370", "371", "372", "385", "386", "420", "421",
            "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
            "52", "55", "61", "64", "65", "81", "82", "86", "90", "91", "27", "20", "7", "1");

    /** Countries without a national trunk "0" (the national number starts directly). */
    private static final List<String> NO_TRUNK = List.of("1", "39", "34", "351", "45", "47", "352", "354", "48", "30");

    private PhoneFormatter() {
    }

    /** The calling code of an E.164 number ({@code "49"} for {@code +49...}), or {@code null} if unknown. */
    public static String callingCode(String e164) {
        String digits = digits(e164);
        for (String code : CALLING_CODES) {
            if (digits.startsWith(code)) {
                return code;
            }
        }
        return null;
    }

    /** Formats an E.164 number; {@code display} (the user's own spelling) is preferred for NATIONAL when given. */
    public static String format(String e164, String display, PhoneFormat format) {
        if (e164 == null || e164.isBlank()) {
            return display;
        }
        String digits = digits(e164);
        switch (format) {
            case E164:
                return "+" + digits;
            case DIGITS:
                return digits;
            default:
                if (display != null && !display.isBlank() && !display.trim().startsWith("+")) {
                    return display.trim();
                }
                return national(digits);
        }
    }

    private static String national(String digits) {
        String code = callingCode(digits);
        if (code == null) {
            return digits;
        }
        String rest = digits.substring(code.length());
        if (code.equals("1") && rest.length() == 10) {
            return "(" + rest.substring(0, 3) + ") " + rest.substring(3, 6) + "-" + rest.substring(6);
        }
        return NO_TRUNK.contains(code) ? rest : "0" + rest;
    }

    /** Digits of a string. */
    public static String digits(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; s != null && i < s.length(); i++) {
            if (Chars.isDigit(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
