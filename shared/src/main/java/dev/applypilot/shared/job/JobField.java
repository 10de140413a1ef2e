package dev.applypilot.shared.job;

/** The fields of a {@link JobPosting} whose origin is tracked in its provenance map. */
public enum JobField {
    TITLE, COMPANY, LOCATIONS, REMOTE_TYPE, EMPLOYMENT_TYPE, SALARY, DESCRIPTION_HTML, DESCRIPTION_TEXT,
    CANONICAL_URL, ATS_VENDOR, VENDOR_JOB_ID, DATE_POSTED, VALID_THROUGH, STRUCTURED_DATA
}
