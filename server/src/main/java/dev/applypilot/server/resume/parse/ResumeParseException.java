package dev.applypilot.server.resume.parse;

/** A resume that cannot be parsed, with a typed code, a technical message and user guidance (HTTP 422). */
public final class ResumeParseException extends RuntimeException {
    private final ResumeParseErrorCode code;
    private final String guidance;

    public ResumeParseException(ResumeParseErrorCode code, String message) {
        this(code, message, null);
    }

    public ResumeParseException(ResumeParseErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.guidance = code.defaultGuidance();
    }

    public ResumeParseErrorCode code() {
        return code;
    }

    public String guidance() {
        return guidance;
    }
}
