package dev.applypilot.server.matching;

import java.util.ArrayList;
import java.util.List;

/** Splits text into sentences (lines, bullets, and ". " boundaries), keeping each one's start offset. */
final class Sentences {
    record Sentence(String text, int start) {
    }

    private Sentences() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean boundary = c == '\n' || c == '•' || c == '·' || c == '▪' || c == ';';
            if ((c == '.' || c == '!' || c == '?') && (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1)))
                    && !abbreviation(text, i)) {
                boundary = true;
            }
            if (boundary) {
                add(out, text, start, c == '\n' || c == '•' || c == '·' || c == '▪' ? i : i + 1);
                start = i + 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean abbreviation(String text, int dot) {
        // "e.g." "i.e." "etc." "U.S." must not end a sentence.
        int j = dot - 1;
        while (j >= 0 && Character.isLetter(text.charAt(j))) {
            j--;
        }
        int wordLen = dot - 1 - j;
        return wordLen == 1 || (wordLen <= 3 && j >= 0 && text.charAt(j) == '.')
                || text.regionMatches(true, j + 1, "etc", 0, 3) && wordLen == 3;
    }

    private static void add(List<Sentence> out, String text, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && (Character.isWhitespace(text.charAt(a)) || text.charAt(a) == '-' || text.charAt(a) == '*')) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (b - a >= 2) {
            out.add(new Sentence(text.substring(a, b), a));
        }
    }
}
