package dev.applypilot.shared.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A word sequence matched on word boundaries; a word ending in {@code *} matches as a prefix
 * (needed for German / Dutch compounds like {@code telefonnummer}).
 *
 * @param words normalised words
 */
public record Phrase(List<String> words) {

    /** Parses {@code "first name|given name|vorname*"} into phrases. */
    public static List<Phrase> parseAll(String alternatives) {
        List<Phrase> out = new ArrayList<>();
        for (String alt : Text.splitOn(alternatives, '|')) {
            List<String> ws = new ArrayList<>();
            for (String raw : Text.splitOn(alt, ' ')) {
                boolean prefix = raw.endsWith("*");
                String n = Text.normalize(prefix ? raw.substring(0, raw.length() - 1) : raw);
                for (String w : Text.splitSpaces(n)) {
                    ws.add(w);
                }
                if (prefix && !ws.isEmpty()) {
                    ws.set(ws.size() - 1, ws.get(ws.size() - 1) + "*");
                }
            }
            if (!ws.isEmpty()) {
                out.add(new Phrase(List.copyOf(ws)));
            }
        }
        return out;
    }

    /** Whether the phrase occurs in the word list. */
    public boolean in(List<String> text) {
        return indexIn(text) >= 0;
    }

    /** Index of the first occurrence in the word list, or -1. */
    public int indexIn(List<String> text) {
        int n = words.size();
        for (int start = 0; start + n <= text.size(); start++) {
            boolean all = true;
            for (int k = 0; k < n && all; k++) {
                all = wordMatches(words.get(k), text.get(start + k));
            }
            if (all) {
                return start;
            }
        }
        return -1;
    }

    /**
     * Whether the phrase occurs ending at the head (last word) of an identifier, or just before a
     * trailing index number ({@code school--0}), so {@code shippingAddress_emcrendered} is not an address.
     */
    public boolean atEnd(List<String> text) {
        int n = words.size();
        int last = text.size();
        if (last > 0 && isNumber(text.get(last - 1)) && !isNumber(words.get(n - 1))) {
            last--;
        }
        int start = last - n;
        if (start < 0) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (!wordMatches(words.get(k), text.get(start + k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Chars.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /** Specificity used to prefer longer matches ("country code" over "country"). */
    public int weight() {
        int w = 0;
        for (String word : words) {
            w += word.length();
        }
        return w + 10 * (words.size() - 1);
    }

    private static boolean wordMatches(String pattern, String word) {
        if (pattern.endsWith("*")) {
            return word.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(word);
    }
}
