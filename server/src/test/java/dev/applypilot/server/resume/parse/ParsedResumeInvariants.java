package dev.applypilot.server.resume.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/** Checks that hold for every parse: values come from the text, and no line is lost. */
final class ParsedResumeInvariants {
    private ParsedResumeInvariants() {
    }

    static void check(ParsedResume parsed) {
        String text = collapse(parsed.text());
        for (String value : values(parsed)) {
            assertTrue(text.contains(collapse(value)), () -> "not in the source text: '" + value + "'");
        }
        // header + headings + section texts hold every letter and digit of the text, in order
        StringBuilder parts = new StringBuilder(parsed.header());
        for (ResumeSection section : parsed.sections()) {
            parts.append('\n').append(section.heading()).append('\n').append(section.text());
        }
        assertEquals(lettersAndDigits(parsed.text()), lettersAndDigits(parts.toString()), "a line was dropped or moved");
    }

    private static String lettersAndDigits(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static List<String> values(ParsedResume parsed) {
        List<String> values = new ArrayList<>();
        Contact c = parsed.contact();
        addAll(values, parsed.header(), c.name(), c.email(), c.phone(), c.location(), c.linkedin(), c.github(), c.website());
        for (ResumeSection s : parsed.sections()) {
            addAll(values, s.heading(), s.text());
        }
        for (WorkEntry w : parsed.work()) {
            addAll(values, w.title(), w.company(), w.location(), w.dates() == null ? null : w.dates().text());
            values.addAll(w.bullets());
        }
        for (EducationEntry e : parsed.education()) {
            addAll(values, e.school(), e.degree(), e.dates() == null ? null : e.dates().text());
        }
        values.addAll(parsed.skills());
        for (String line : parsed.unassignedText().split("\n")) {
            addAll(values, line);
        }
        return values;
    }

    private static void addAll(List<String> values, String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isEmpty()) {
                values.add(candidate);
            }
        }
    }

    static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
