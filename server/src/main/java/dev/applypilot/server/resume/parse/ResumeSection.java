package dev.applypilot.server.resume.parse;

/**
 * One section of the resume.
 *
 * @param kind    what the heading says the section is
 * @param heading the heading as written
 * @param text    the section's raw text (lines joined with '\n'), everything up to the next heading
 */
public record ResumeSection(SectionKind kind, String heading, String text) {
}
