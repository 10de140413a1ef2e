package dev.applypilot.server.resume;

/** Where a resume is in background parsing; clients poll {@code GET /api/v1/resumes/{id}} for it. */
public enum ResumeStatus {
    PENDING, PARSING, PARSED, FAILED
}
