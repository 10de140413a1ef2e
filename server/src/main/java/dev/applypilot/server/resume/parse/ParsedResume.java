package dev.applypilot.server.resume.parse;

import java.util.List;

/**
 * The structured view of one resume file.
 *
 * @param fileType       format recognised from the bytes
 * @param text           normalised full text, one line per visual line, in reading order (columns not interleaved)
 * @param header         the lines before the first section heading (name, headline, contact block)
 * @param contact        contact details
 * @param sections       sections in document order; together with {@code header} they cover every line of {@code text}
 * @param work           jobs found in experience sections
 * @param education      schools found in education sections
 * @param skills         skills listed in skills sections
 * @param unassignedText lines (joined with '\n') of the header, experience and education parts that no rule
 *                       understood, kept so nothing is lost
 */
public record ParsedResume(ResumeFileType fileType, String text, String header, Contact contact, List<ResumeSection> sections,
                           List<WorkEntry> work, List<EducationEntry> education, List<String> skills,
                           String unassignedText) {
}
