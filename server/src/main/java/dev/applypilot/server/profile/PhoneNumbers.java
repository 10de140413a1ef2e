package dev.applypilot.server.profile;

/** Turns a phone number as people write it ("+49 (0)151 234-5678", "0044 20 ...") into E.164, when that is possible without guessing the country. */
public final class PhoneNumbers {
    private PhoneNumbers() {
    }

    /** E.164 form ({@code +} and 8 to 15 digits, no leading zero), or {@code null} when the text has no international prefix or is not a number. */
    public static String toE164(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        // "(0)" is the optional national trunk prefix written inside international numbers.
        trimmed = trimmed.replace("(0)", "");
        StringBuilder digits = new StringBuilder();
        boolean plus = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && digits.length() == 0 && !plus) {
                plus = true;
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '/' && c != '\u00a0') {
                return null;
            }
        }
        String number = digits.toString();
        if (!plus) {
            if (!number.startsWith("00")) {
                return null;
            }
            number = number.substring(2);
        }
        if (number.length() < 8 || number.length() > 15 || number.charAt(0) == '0') {
            return null;
        }
        return "+" + number;
    }
}
