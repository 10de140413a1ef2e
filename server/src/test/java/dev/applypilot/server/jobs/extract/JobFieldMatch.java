package dev.applypilot.server.jobs.extract;

import dev.applypilot.shared.job.NormalizedText;
import java.util.List;

/**
 * Lenient-but-honest comparison of extracted values with curated ones: case, whitespace and punctuation
 * are ignored; titles must be equal (or one a near-complete prefix of the other); companies may add a
 * qualifier ("Giga" vs "Giga (gigaml.com)"); a location matches when one side's city is in the other.
 * An expected null matches only an absent value.
 */
final class JobFieldMatch {

    private JobFieldMatch() {
    }

    static boolean title(String expected, String actual) {
        if (expected == null) {
            return actual == null;
        }
        String e = NormalizedText.key(expected);
        String a = NormalizedText.key(actual);
        if (e.equals(a)) {
            return true;
        }
        String shorter = e.length() < a.length() ? e : a;
        String longer = e.length() < a.length() ? a : e;
        return !shorter.isEmpty() && longer.startsWith(shorter) && shorter.length() >= 0.8 * longer.length();
    }

    static boolean company(String expected, String actual) {
        if (expected == null || expected.isBlank()) {
            return actual == null || actual.isBlank();
        }
        String e = NormalizedText.key(expected);
        String a = NormalizedText.key(actual);
        return !a.isEmpty() && (e.equals(a) || containsWords(e, a) || containsWords(a, e));
    }

    static boolean location(String expected, List<String> actual) {
        if (expected == null || expected.isBlank()) {
            return actual.isEmpty();
        }
        for (String candidate : actual) {
            if (cityIn(candidate, expected) || cityIn(expected, candidate)) {
                return true;
            }
        }
        return false;
    }

    /** True when the first comma-separated part of {@code a} occurs, as whole words, in {@code b}. */
    private static boolean cityIn(String a, String b) {
        int comma = a.indexOf(',');
        String city = NormalizedText.key(comma < 0 ? a : a.substring(0, comma));
        return !city.isEmpty() && containsWords(NormalizedText.key(b), city);
    }

    private static boolean containsWords(String haystack, String needle) {
        return (" " + haystack + " ").contains(" " + needle + " ");
    }
}
