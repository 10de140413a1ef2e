package dev.applypilot.server.resume.parse.structure;

import dev.applypilot.server.resume.parse.SectionKind;
import dev.applypilot.server.resume.parse.extract.TextLine;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts the lines into a header (before the first heading) and sections. A heading is a short line naming a known
 * section ("Experience", "Berufserfahrung", "Expérience"...), or a line styled exactly like the known headings
 * (same font size, weight and capitalisation), which catches headings outside the vocabulary.
 */
final class SectionSplitter {
    /** Kinds whose content may follow the heading on the same line: "Skills: Java, SQL". */
    private static final Set<SectionKind> INLINE_KINDS = EnumSet.of(SectionKind.SKILLS, SectionKind.LANGUAGES,
            SectionKind.INTERESTS, SectionKind.CERTIFICATIONS);
    private static final int MAX_HEADING_WORDS = 6;

    record RawSection(SectionKind kind, String heading, List<String> lines) {
    }

    record Split(List<TextLine> header, List<RawSection> sections) {
    }

    private SectionSplitter() {
    }

    static Split split(List<TextLine> lines) {
        List<TextLine> header = new ArrayList<>();
        List<RawSection> sections = new ArrayList<>();
        List<TextLine> known = new ArrayList<>();
        for (TextLine line : lines) {
            if (isShort(line.text()) && HeadingVocabulary.match(line.text()).isPresent()) {
                known.add(line);
            }
        }
        RawSection current = null;
        for (TextLine line : lines) {
            String text = line.text();
            Optional<SectionKind> kind = isShort(text) ? HeadingVocabulary.match(text) : Optional.empty();
            if (kind.isEmpty() && current != null && styledLikeHeadings(line, known)) {
                kind = Optional.of(SectionKind.OTHER);
            }
            if (kind.isPresent()) {
                current = new RawSection(kind.get(), text, new ArrayList<>());
                sections.add(current);
                continue;
            }
            // "Languages: Go, Java" inside a skills list is a label, not a new section
            RawSection inline = current != null && INLINE_KINDS.contains(current.kind()) ? null : inlineHeading(text);
            if (inline != null) {
                current = inline;
                sections.add(current);
                continue;
            }
            if (current == null) {
                header.add(line);
            } else {
                current.lines().add(text);
            }
        }
        return new Split(header, sections);
    }

    private static boolean isShort(String text) {
        return text.length() <= 50 && text.split("\\s+").length <= MAX_HEADING_WORDS;
    }

    private static RawSection inlineHeading(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 40 || colon == text.length() - 1) {
            return null;
        }
        Optional<SectionKind> kind = HeadingVocabulary.match(text.substring(0, colon));
        if (kind.isEmpty() || !INLINE_KINDS.contains(kind.get())) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        lines.add(text.substring(colon + 1).strip());
        return new RawSection(kind.get(), text.substring(0, colon).strip(), lines);
    }

    /** Same size, weight and capitalisation as every recognised heading (only when the format has font sizes). */
    private static boolean styledLikeHeadings(TextLine line, List<TextLine> known) {
        if (known.isEmpty() || line.fontSize() <= 0 || !isShort(line.text()) || !startsWithLetter(line.text())
                || line.text().endsWith(",") || line.text().endsWith(".")) {
            return false;
        }
        for (TextLine heading : known) {
            if (Math.abs(heading.fontSize() - line.fontSize()) > 0.3f || heading.bold() != line.bold()
                    || isAllCaps(heading.text()) != isAllCaps(line.text()) || heading.headingStyle() != line.headingStyle()) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithLetter(String text) {
        return !text.isEmpty() && Character.isLetter(text.charAt(0));
    }

    static boolean isAllCaps(String text) {
        return text.equals(text.toUpperCase(Locale.ROOT)) && !text.equals(text.toLowerCase(Locale.ROOT));
    }
}
