package dev.applypilot.shared.format;

import java.util.ArrayList;
import java.util.List;

/** Regex-free text normalisation shared by the rule scanners. */
public final class Text {

    private Text() {
    }

    /**
     * Lower-cases, folds common Latin accents, separates letters from digits and turns every
     * non-alphanumeric run into one space.
     */
    public static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String lower = Chars.lower(s);
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = true;
        char prev = ' ';
        for (int i = 0; i < lower.length(); i++) {
            char c = fold(lower.charAt(i));
            if (Chars.isLetterOrDigit(c)) {
                if (!space && Chars.isDigit(c) != Chars.isDigit(prev)) {
                    out.append(' '); // "Address1" reads as "address 1"
                }
                prev = c;
                if (c == 'ß') {
                    out.append("ss");
                } else {
                    out.append(c);
                }
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
                prev = ' ';
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    /** Words of {@link #normalize(String)}. */
    public static List<String> words(String s) {
        return splitSpaces(normalize(s));
    }

    /**
     * Tokens of an identifier: splits camelCase, letter/digit edges and {@code _-[]. } so that
     * {@code legalNameSection_firstName} gives {@code legal name section first name} and
     * {@code addressLine1} gives {@code address line 1}.
     */
    public static List<String> identifierWords(String s) {
        if (s == null) {
            return List.of();
        }
        StringBuilder out = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean camel = Chars.isUpperCase(c) && Chars.isLowerCase(prev);
            boolean digitEdge = Chars.isDigit(c) != Chars.isDigit(prev);
            if (camel || digitEdge) {
                out.append(' ');
            }
            out.append(c);
            prev = c;
        }
        return words(out.toString());
    }

    /** Splits on single spaces (input already normalised). */
    public static List<String> splitSpaces(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == ' ') {
                if (i > start) {
                    out.add(s.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Splits on a separator character, trimming each part and dropping empty parts. */
    public static List<String> splitOn(String s, char separator) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == separator) {
                String part = s.substring(start, i).trim();
                if (!part.isEmpty()) {
                    out.add(part);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static char fold(char c) {
        switch (c) {
            case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ą': return 'a';
            case 'ç', 'ć', 'č': return 'c';
            case 'è', 'é', 'ê', 'ë', 'ę', 'ě': return 'e';
            case 'ì', 'í', 'î', 'ï': return 'i';
            case 'ñ', 'ń', 'ň': return 'n';
            case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø': return 'o';
            case 'ù', 'ú', 'û', 'ü', 'ů': return 'u';
            case 'ý', 'ÿ': return 'y';
            case 'ł': return 'l';
            case 'ś', 'š': return 's';
            case 'ź', 'ż', 'ž': return 'z';
            case 'ř': return 'r';
            default: return c;
        }
    }
}
