package dev.applypilot.server.generation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** How strongly a line speaks to the job: job skills it names count three, other shared content words one each. */
final class Relevance {
    private final SkillSpans spans;
    private final JobFocus focus;

    Relevance(SkillSpans spans, JobFocus focus) {
        this.spans = spans;
        this.focus = focus;
    }

    record Scored(String text, int score, List<String> skills, List<String> words) {
        /** "Kafka, Java" or "pipeline, latency": what the reason for a change cites. */
        String because() {
            List<String> cited = new ArrayList<>(skills);
            if (cited.isEmpty()) {
                cited.addAll(words.subList(0, Math.min(3, words.size())));
            }
            return Words.joinNatural(cited);
        }
    }

    Scored score(String text) {
        Set<String> skills = new LinkedHashSet<>();
        for (SkillSpans.Span span : spans.findAll(text)) {
            if (focus.asks(span.skill())) {
                skills.add(span.skill().name());
            }
        }
        List<String> words = new ArrayList<>();
        for (String word : Words.content(text)) {
            if (focus.jobWords().contains(word)) {
                words.add(word);
            }
        }
        return new Scored(text, 3 * skills.size() + words.size(), List.copyOf(skills), List.copyOf(words));
    }
}
