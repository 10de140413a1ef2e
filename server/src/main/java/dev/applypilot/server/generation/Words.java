package dev.applypilot.server.generation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small text scanners shared by the generators and the fact check: words with offsets, numbers, content words. */
final class Words {
    private static final Set<String> STOPWORDS = Set.of("the", "and", "for", "with", "you", "your", "our", "are", "will",
            "this", "that", "from", "have", "has", "was", "were", "who", "what", "how", "why", "when", "where", "which",
            "their", "they", "them", "into", "about", "also", "can", "all", "any", "not", "but", "its", "it's", "per",
            "work", "working", "team", "role", "job", "experience", "years", "year", "including", "etc", "such", "using",
            "use", "used", "able", "strong", "good", "great", "new", "other", "more", "most", "some", "across", "within",
            "over", "under", "via", "than", "then", "there", "these", "those", "would", "should", "could", "been", "being");

    private Words() {
    }

    /** A run of letters and digits and where it starts. */
    record Word(String text, int start) {
        int end() {
            return start + text.length();
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    /** Letter/digit runs in order ("Node.js" gives Node, js). */
    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                int start = i;
                while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                words.add(new Word(text.substring(start, i), start));
            } else {
                i++;
            }
        }
        return words;
    }

    /** Lower-cased words of the text. */
    static Set<String> lowerSet(String text) {
        Set<String> set = new LinkedHashSet<>();
        for (Word w : of(text)) {
            set.add(w.lower());
        }
        return set;
    }

    /** Lower-cased words of three or more letters that carry meaning (no stopwords, no numbers), in order. */
    static Set<String> content(String text) {
        Set<String> set = new LinkedHashSet<>();
        for (Word w : of(text)) {
            String lower = w.lower();
            if (lower.length() >= 3 && !STOPWORDS.contains(lower) && Character.isLetter(lower.charAt(0))) {
                set.add(stem(lower));
            }
        }
        return set;
    }

    /** Plural/verb endings off, so "pipelines" meets "pipeline" and "scaling" meets "scale" roughly. */
    static String stem(String lower) {
        if (lower.length() > 5 && lower.endsWith("ing")) {
            return lower.substring(0, lower.length() - 3);
        }
        if (lower.length() > 4 && lower.endsWith("ed")) {
            return lower.substring(0, lower.length() - 2);
        }
        if (lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")) {
            return lower.substring(0, lower.length() - 1);
        }
        return lower;
    }

    /**
     * Numbers as written facts: digit runs joined across thousands separators and decimal points ("1,200" gives 1200,
     * "2.5" stays 2.5), leading zeros dropped, so "2021-03" gives 2021 and 3.
     */
    static Set<String> numbers(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isDigit(text.charAt(i))) {
                StringBuilder n = new StringBuilder();
                while (i < text.length()) {
                    char c = text.charAt(i);
                    if (Character.isDigit(c)) {
                        n.append(c);
                        i++;
                    } else if ((c == ',' || c == '.') && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))
                            && n.length() > 0) {
                        if (c == '.') {
                            n.append('.');
                        }
                        i++;
                    } else {
                        break;
                    }
                }
                numbers.add(normaliseNumber(n.toString()));
            } else {
                i++;
            }
        }
        return numbers;
    }

    private static String normaliseNumber(String n) {
        int i = 0;
        while (i < n.length() - 1 && n.charAt(i) == '0' && n.charAt(i + 1) != '.') {
            i++;
        }
        return n.substring(i);
    }

    /** The text with its first letter upper-cased (for sentences built from templates). */
    static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** "a", "a and b", "a, b and c". */
    static String joinNatural(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
