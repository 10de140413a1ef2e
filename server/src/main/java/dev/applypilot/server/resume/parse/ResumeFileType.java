package dev.applypilot.server.resume.parse;

/** The resume formats we accept, as recognised from the file's bytes (never from the client's content type). */
public enum ResumeFileType {
    PDF,
    DOCX,
    TXT
}
