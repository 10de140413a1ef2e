package dev.applypilot.server.generation;

import dev.applypilot.server.matching.Skill;
import dev.applypilot.server.matching.SkillTaxonomy;

import java.util.ArrayList;
import java.util.List;

/** Skill mentions in a text with their exact extent, found with the matching taxonomy ("k8s" is Kubernetes). */
final class SkillSpans {
    private static final int MAX_WORDS = 4;

    private final SkillTaxonomy taxonomy;

    SkillSpans(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** One mention: the skill and the characters [start, end) that name it. */
    record Span(Skill skill, int start, int end, String surface) {
    }

    SkillTaxonomy taxonomy() {
        return taxonomy;
    }

    /** Distinct skills in the text (first mention each), in order of appearance. */
    List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        List<Words.Word> words = Words.of(text);
        for (SkillTaxonomy.Hit hit : taxonomy.hits(text)) {
            spans.add(spanAt(text, words, hit));
        }
        return spans;
    }

    /** Every mention of any skill, not only the first, so a whole text can be masked. */
    List<Span> findAll(String text) {
        List<Span> spans = new ArrayList<>();
        // Sentences are scanned one at a time because the taxonomy reports only the first mention per call.
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || sentenceEnd(text, i)) {
                if (i > from) {
                    String sentence = text.substring(from, i);
                    for (Span s : find(sentence)) {
                        spans.add(new Span(s.skill(), s.start() + from, s.end() + from, s.surface()));
                    }
                }
                from = i + 1;
            }
        }
        return spans;
    }

    /** "!", "?", ";", a line break, or a full stop followed by space: not the dot inside "Node.js" or "2.5". */
    private static boolean sentenceEnd(String text, int i) {
        char c = text.charAt(i);
        if ("!?;\n".indexOf(c) >= 0) {
            return true;
        }
        return c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private Span spanAt(String text, List<Words.Word> words, SkillTaxonomy.Hit hit) {
        int first = 0;
        while (first < words.size() && words.get(first).start() < hit.offset()) {
            first++;
        }
        int bestEnd = first < words.size() ? words.get(first).end() : Math.min(text.length(), hit.offset() + 1);
        for (int n = 1; n <= MAX_WORDS && first + n - 1 < words.size(); n++) {
            int end = extendSymbols(text, words.get(first + n - 1).end());
            String candidate = text.substring(hit.offset(), end);
            if (taxonomy.resolve(candidate).filter(hit.skill()::equals).isPresent()) {
                bestEnd = end;
            }
        }
        return new Span(hit.skill(), hit.offset(), bestEnd, text.substring(hit.offset(), bestEnd));
    }

    /** "C#", "C++": symbols glued to the last word belong to the name. */
    private static int extendSymbols(String text, int end) {
        while (end < text.length() && (text.charAt(end) == '#' || text.charAt(end) == '+')) {
            end++;
        }
        return end;
    }
}
