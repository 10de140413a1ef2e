package dev.applypilot.server.generation;

import dev.applypilot.server.matching.Skill;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the job asks for, against what the candidate has: the job's skills in order of first mention with the job's
 * own spelling, its content words, and which skills the candidate's sources show (matched) or lack (missing).
 */
record JobFocus(List<Skill> jobSkills, Map<Skill, String> jobSpelling, Set<String> jobWords, List<Skill> matched,
                List<Skill> missing) {

    static JobFocus of(JobDetails job, FactSource source, SkillSpans spans) {
        String text = job.title() + ".\n" + job.description();
        Map<Skill, String> spelling = new LinkedHashMap<>();
        for (SkillSpans.Span span : spans.findAll(text)) {
            spelling.putIfAbsent(span.skill(), span.surface());
        }
        List<Skill> matched = new ArrayList<>();
        List<Skill> missing = new ArrayList<>();
        for (Skill skill : spelling.keySet()) {
            (source.skills().contains(skill) ? matched : missing).add(skill);
        }
        return new JobFocus(List.copyOf(spelling.keySet()), spelling, Words.content(text), matched, missing);
    }

    boolean asks(Skill skill) {
        return jobSpelling.containsKey(skill);
    }

    List<String> matchedNames() {
        return matched.stream().map(Skill::name).toList();
    }

    List<String> missingNames() {
        return missing.stream().map(Skill::name).toList();
    }
}
