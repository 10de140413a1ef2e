package dev.applypilot.server.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into word tokens that keep tech spellings whole: "C++", "C#", ".NET", "Node.js", "ES6+". */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean dotWord = c == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (!Character.isLetterOrDigit(c) && !dotWord) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d) || d == '+' || d == '#') {
                    i++;
                } else if (d == '.' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            String raw = text.substring(start, i);
            tokens.add(new Token(raw, normalise(raw), start, i));
        }
        return tokens;
    }

    /** Lower case and a light stem: a trailing plural "s" is dropped (applied alike to aliases and texts). */
    static String normalise(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        int len = lower.length();
        if (len > 3 && lower.charAt(len - 1) == 's' && lower.charAt(len - 2) != 's'
                && Character.isLetter(lower.charAt(len - 2))) {
            return lower.substring(0, len - 1);
        }
        return lower;
    }
}
