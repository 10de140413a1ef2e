package dev.applypilot.server.matching;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Classifies the parts of a job description by their section headings (own-line headings like "Nice to have", or
 * inline ones like "Desired Skills: ..."), and single sentences by cues like "a plus" or "must".
 */
final class JobZones {
    enum Zone { REQUIRED, PREFERRED, NEUTRAL, IGNORE }

    private static final Pattern PREFERRED_HEADING = Pattern.compile(
            "\\b(nice[- ]to[- ]haves?|preferred|bonus|pluses|plus|desired|desirable|good[- ]to[- ]have|extra credit"
                    + "|would be great|ideally|optional)\\b");
    private static final Pattern REQUIRED_HEADING = Pattern.compile(
            "\\b(requirements?|qualifications?|required|must[- ]haves?|minimum|basic|what you(?:'|’)?ll need"
                    + "|what you will need|you will need|you(?:'|’)?ll need|what we(?:'|’)?re looking for"
                    + "|what we are looking for|who you are|about you|you have|what you bring|you bring|skills"
                    + "|competencies|experience|your profile|ideal candidate|key skills|expertise)\\b");
    private static final Pattern NEUTRAL_HEADING = Pattern.compile(
            "\\b(responsibilities|what you(?:'|’)?ll do|what you will do|about the (?:role|job|position|team)"
                    + "|the role|your role|duties|tech stack|stack|job description|overview|the opportunity"
                    + "|desired skills and experience|day to day|in this role)\\b");
    private static final Pattern IGNORE_HEADING = Pattern.compile(
            "\\b(benefits|perks|about|who we are|compensation|salary|pay range|equal opportunity|eeo|why join"
                    + "|what we offer|our offer|we offer|how to apply|diversity|privacy)\\b");
    private static final String[] PREFERRED_SENTENCE = {"preferred", "a plus", "nice to have", "nice-to-have",
        "bonus point", "bonus if", "ideally", "desirable", "an advantage", "advantageous", "good to have",
        "not required", "a bonus"};
    private static final String[] REQUIRED_SENTENCE = {"required", "must", "minimum", "essential", "at least",
        "need to have", "requirement"};

    private final TreeMap<Integer, Zone> zoneStarts = new TreeMap<>();

    JobZones(String text) {
        zoneStarts.put(0, Zone.NEUTRAL);
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            scanLine(line, lineStart);
            lineStart += line.length() + 1;
        }
    }

    /** True once any required-section heading was seen. */
    boolean hasRequiredSection() {
        return zoneStarts.containsValue(Zone.REQUIRED);
    }

    Zone zoneOf(Sentences.Sentence sentence) {
        Zone base = zoneStarts.floorEntry(sentence.start()).getValue();
        if (base == Zone.IGNORE) {
            return base;
        }
        String s = sentence.text().toLowerCase(Locale.ROOT);
        if (containsWord(s, PREFERRED_SENTENCE)) {
            return Zone.PREFERRED;
        }
        if (base == Zone.NEUTRAL && containsWord(s, REQUIRED_SENTENCE)) {
            return Zone.REQUIRED;
        }
        return base;
    }

    Map<Integer, Zone> starts() {
        return zoneStarts;
    }

    private void scanLine(String line, int offset) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        if (trimmed.length() <= 60 && words(trimmed) <= 7 && !trimmed.endsWith(".")) {
            Zone z = classify(trimmed);
            if (z != null) {
                zoneStarts.put(offset + line.indexOf(trimmed.charAt(0)), z);
                return;
            }
        }
        for (int colon = line.indexOf(':'); colon >= 0; colon = line.indexOf(':', colon + 1)) {
            int from = colon - 1;
            while (from >= 0 && ".!?:;•\u2022".indexOf(line.charAt(from)) < 0) {
                from--;
            }
            String heading = line.substring(from + 1, colon).strip();
            if (!heading.isEmpty() && heading.length() <= 60 && words(heading) <= 7) {
                Zone z = classify(heading);
                if (z != null) {
                    zoneStarts.put(offset + from + 1, z);
                }
            }
        }
    }

    /** Whether a phrase occurs starting at a word boundary (plain indexOf: regex here was the hot spot). */
    static boolean containsWord(String lower, String[] phrases) {
        for (String phrase : phrases) {
            for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
                if (at == 0 || !Character.isLetter(lower.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int words(String s) {
        return List.of(s.split("\\s+")).size();
    }

    static Zone classify(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (h.contains("desired skills and experience")) {
            return Zone.NEUTRAL; // LinkedIn's template heading wraps the whole requirements block.
        }
        if (PREFERRED_HEADING.matcher(h).find()) {
            return Zone.PREFERRED;
        }
        if (REQUIRED_HEADING.matcher(h).find()) {
            return Zone.REQUIRED;
        }
        if (NEUTRAL_HEADING.matcher(h).find()) {
            return Zone.NEUTRAL;
        }
        return IGNORE_HEADING.matcher(h).find() ? Zone.IGNORE : null;
    }
}
