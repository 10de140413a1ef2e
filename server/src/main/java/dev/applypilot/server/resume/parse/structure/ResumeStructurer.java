package dev.applypilot.server.resume.parse.structure;

import dev.applypilot.server.resume.parse.ParsedResume;
import dev.applypilot.server.resume.parse.ResumeFileType;
import dev.applypilot.server.resume.parse.ResumeSection;
import dev.applypilot.server.resume.parse.extract.TextLine;
import java.util.ArrayList;
import java.util.List;

/** Lines in reading order → {@link ParsedResume}. */
public final class ResumeStructurer {

    public ParsedResume structure(ResumeFileType type, List<TextLine> lines) {
        List<String> texts = lines.stream().map(TextLine::text).toList();
        SectionSplitter.Split split = SectionSplitter.split(lines);
        List<String> contactLines = new ArrayList<>();
        List<ResumeSection> sections = new ArrayList<>();
        List<String> experienceLines = new ArrayList<>();
        List<String> educationLines = new ArrayList<>();
        List<String> skillLines = new ArrayList<>();
        List<String> unassigned = new ArrayList<>();
        for (SectionSplitter.RawSection section : split.sections()) {
            sections.add(new ResumeSection(section.kind(), section.heading(), String.join("\n", section.lines())));
            switch (section.kind()) {
                case CONTACT -> contactLines.addAll(section.lines());
                case EXPERIENCE -> experienceLines.addAll(section.lines());
                case EDUCATION -> educationLines.addAll(section.lines());
                case SKILLS -> skillLines.addAll(section.lines());
                default -> {
                }
            }
        }
        ContactExtractor.Result contact = ContactExtractor.extract(split.header(), contactLines, texts);
        for (TextLine line : split.header()) {
            if (!contact.usedLines().contains(line.text())) {
                unassigned.add(line.text());
            }
        }
        ExperienceParser.Result work = ExperienceParser.parse(experienceLines);
        unassigned.addAll(work.unassigned());
        EducationParser.Result education = EducationParser.parse(educationLines);
        unassigned.addAll(education.unassigned());
        List<String> skills = SkillsParser.parse(skillLines);
        String header = String.join("\n", split.header().stream().map(TextLine::text).toList());
        return new ParsedResume(type, String.join("\n", texts), header, contact.contact(), sections,
                List.copyOf(work.entries()), List.copyOf(education.entries()), List.copyOf(skills),
                String.join("\n", unassigned));
    }
}
