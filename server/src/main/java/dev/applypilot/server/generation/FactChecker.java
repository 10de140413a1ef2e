package dev.applypilot.server.generation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rejects invented facts: every skill, number and proper name in a generated text must come from the candidate's
 * sources ({@link FactSource}); in a resume every employer, title and date must be one of the profile's.
 * Skill names are recognised with the matching taxonomy, so "k8s" in the profile allows "Kubernetes" in the output.
 * A capitalised word that starts a sentence is taken as ordinary English unless it is an acronym or CamelCase
 * ("COBOL", "GitHub"), because without a dictionary "Led" and "Google" look alike there.
 */
final class FactChecker {
    /** Capitalised words that templates and letters use and that state nothing about the candidate. */
    private static final Set<String> ORDINARY = Set.of("i", "dear", "hiring", "manager", "team", "sincerely", "regards",
            "best", "kind", "yours", "thank", "thanks", "hello", "hi", "mr", "ms", "mrs", "dr", "summary", "skills",
            "experience", "education", "present", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "sir", "madam", "monday", "tuesday", "wednesday", "thursday", "friday", "english");

    private final SkillSpans spans;

    FactChecker(SkillSpans spans) {
        this.spans = spans;
    }

    List<FactViolation> checkResume(TailoredResume resume, FactSource source) {
        Map<String, FactViolation> found = new LinkedHashMap<>();
        checkText("summary", resume.summary(), source, found);
        for (int i = 0; i < resume.skills().size(); i++) {
            String skill = resume.skills().get(i);
            boolean known = source.skillNames().contains(skill.strip().toLowerCase(Locale.ROOT))
                    || spans.taxonomy().resolve(skill).filter(source.skills()::contains).isPresent();
            if (!known) {
                put(found, new FactViolation("SKILL", skill, "skills[" + i + "]"));
            }
        }
        for (int r = 0; r < resume.experience().size(); r++) {
            ResumeRole role = resume.experience().get(r);
            String where = "experience[" + r + "]";
            if (!source.hasEmployer(role.company())) {
                put(found, new FactViolation("EMPLOYER", role.company(), where));
            }
            if (!source.hasTitle(role.title())) {
                put(found, new FactViolation("TITLE", role.title(), where));
            }
            for (String date : new String[]{role.start(), role.end()}) {
                if (!source.hasDate(date)) {
                    put(found, new FactViolation("DATE", date, where));
                }
            }
            for (int b = 0; b < role.bullets().size(); b++) {
                checkText(where + ".bullets[" + b + "]", role.bullets().get(b), source, found);
            }
        }
        for (int e = 0; e < resume.education().size(); e++) {
            checkText("education[" + e + "]", resume.education().get(e), source, found);
        }
        return List.copyOf(found.values());
    }

    List<FactViolation> checkText(String where, String text, FactSource source) {
        Map<String, FactViolation> found = new LinkedHashMap<>();
        checkText(where, text, source, found);
        return List.copyOf(found.values());
    }

    private void checkText(String where, String text, FactSource source, Map<String, FactViolation> found) {
        if (text == null || text.isBlank()) {
            return;
        }
        char[] masked = text.toCharArray();
        // Naming the job applied for ("the Data Analyst position") claims nothing about the candidate.
        boolean[] jobName = new boolean[text.length()];
        String lowerText = text.toLowerCase(Locale.ROOT);
        for (String name : source.jobNames()) {
            String lowerName = name.toLowerCase(Locale.ROOT);
            for (int at = lowerText.indexOf(lowerName); at >= 0; at = lowerText.indexOf(lowerName, at + 1)) {
                java.util.Arrays.fill(jobName, at, at + lowerName.length(), true);
            }
        }
        for (SkillSpans.Span span : spans.findAll(text)) {
            boolean known = jobName[span.start()] && jobName[span.end() - 1]
                    || source.skills().contains(span.skill())
                    || source.skillNames().contains(span.surface().toLowerCase(Locale.ROOT));
            if (!known) {
                put(found, new FactViolation("SKILL", span.surface(), where));
            }
            for (int i = span.start(); i < span.end() && i < masked.length; i++) {
                masked[i] = ' ';
            }
        }
        for (String number : Words.numbers(text)) {
            if (!source.numbers().contains(number)) {
                put(found, new FactViolation("NUMBER", number, where));
            }
        }
        String rest = new String(masked);
        for (Words.Word word : Words.of(rest)) {
            String w = word.text();
            if (!hasUpper(w) || Character.isDigit(w.charAt(0))) {
                continue;
            }
            String lower = word.lower();
            if (source.words().contains(lower) || ORDINARY.contains(lower)) {
                continue;
            }
            if (sentenceStart(rest, word.start()) && !acronymOrCamel(w)) {
                continue;
            }
            put(found, new FactViolation("NAME", w, where));
        }
    }

    private static void put(Map<String, FactViolation> found, FactViolation v) {
        found.putIfAbsent(v.kind() + "\u0000" + v.value() + "\u0000" + v.where(), v);
    }

    private static boolean hasUpper(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "COBOL", "AWS", "GitHub", "PayPal": capitals after the first letter. */
    private static boolean acronymOrCamel(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'([“‘".indexOf(text.charAt(i)) >= 0)) {
            if (text.charAt(i) == '\n') {
                return true;
            }
            i--;
        }
        return i < 0 || ".!?:;\n•*-–—".indexOf(text.charAt(i)) >= 0;
    }
}
