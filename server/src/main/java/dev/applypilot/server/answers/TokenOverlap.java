package dev.applypilot.server.answers;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Word-overlap similarity (Dice coefficient over content words, crudely stemmed): the fallback when no embedding model is available. */
final class TokenOverlap {
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "are", "was",
            "were", "be", "been", "do", "does", "did", "you", "your", "yours", "we", "our", "us", "i", "me", "my", "it", "its",
            "this", "that", "these", "those", "what", "which", "who", "whom", "why", "how", "when", "where", "can", "could",
            "would", "should", "will", "have", "has", "had", "please", "tell", "describe", "about", "any", "if", "so");

    private TokenOverlap() {
    }

    static double score(String a, String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(left);
        common.retainAll(right);
        return 2.0 * common.size() / (left.size() + right.size());
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        StringBuilder word = new StringBuilder();
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                String w = word.toString();
                if (!STOP_WORDS.contains(w)) {
                    words.add(stem(w));
                }
                word.setLength(0);
            }
        }
        return words;
    }

    private static String stem(String word) {
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (word.length() > suffix.length() + 3 && word.endsWith(suffix)) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
