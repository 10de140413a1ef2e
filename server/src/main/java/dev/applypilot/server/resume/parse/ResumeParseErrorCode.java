package dev.applypilot.server.resume.parse;

import java.util.Locale;

/** Why a resume file could not be parsed; each maps to HTTP 422 with {@link #code()} as the machine-readable reason. */
public enum ResumeParseErrorCode {
    EMPTY("Upload the resume file again; the file we received was empty."),
    TOO_LARGE("Upload a shorter resume (at most a few pages) or a smaller file."),
    UNSUPPORTED_TYPE("Upload the resume as PDF, DOCX or plain text (UTF-8)."),
    ENCRYPTED("Remove the password protection (e.g. print to PDF or save an unprotected copy) and upload again."),
    CORRUPT("The file seems damaged or incomplete: export or save it again and upload the new copy."),
    ZIP_BOMB("The document expands to an unreasonable size; save it again from your word processor and upload that copy."),
    NO_TEXT("The file contains no selectable text (likely a scanned image): upload a text-based PDF or a DOCX."),
    TIMEOUT("The file took too long to read: export a simpler PDF or upload a DOCX."),
    /** Parsing failed on our side on every attempt (the queue's max-attempts), not because of the file as far as we know. */
    RETRIES_EXHAUSTED("Upload the file again later; if it keeps failing, try a DOCX or plain-text copy.");

    private final String defaultGuidance;

    ResumeParseErrorCode(String defaultGuidance) {
        this.defaultGuidance = defaultGuidance;
    }

    /** Stable lower-case wire name, e.g. {@code "encrypted"}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the user can do about it. */
    public String defaultGuidance() {
        return defaultGuidance;
    }
}
