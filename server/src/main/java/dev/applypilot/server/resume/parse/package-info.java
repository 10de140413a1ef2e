/**
 * Resume file pipeline: sniff the uploaded bytes ({@link dev.applypilot.server.resume.parse.FileSniffer}),
 * extract layout-aware lines (PDF, DOCX, TXT) and structure them into a {@link dev.applypilot.server.resume.parse.ParsedResume}.
 * Entry point: {@link dev.applypilot.server.resume.parse.ResumeParser}. Every extracted value is copied from the
 * source text (never invented); text that no rule understood is kept in {@code unassignedText}.
 */
package dev.applypilot.server.resume.parse;
