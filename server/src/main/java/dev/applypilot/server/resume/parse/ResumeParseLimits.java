package dev.applypilot.server.resume.parse;

import java.time.Duration;

/**
 * Bounds that keep hostile or absurd files from eating the server.
 *
 * @param maxFileBytes            largest upload accepted
 * @param maxTextChars            largest extracted text accepted (a resume is a few thousand characters)
 * @param maxPdfPages             more pages than this is not a resume
 * @param maxUnzippedBytes        total bytes a DOCX may inflate to (checked by actually inflating, not trusting headers)
 * @param maxZipEntries           entries a DOCX may hold
 * @param timeout                 wall-clock budget for one parse
 */
public record ResumeParseLimits(long maxFileBytes, int maxTextChars, int maxPdfPages, long maxUnzippedBytes,
                                int maxZipEntries, Duration timeout) {

    public static ResumeParseLimits defaults() {
        return new ResumeParseLimits(10L * 1024 * 1024, 200_000, 30, 64L * 1024 * 1024, 2_000, Duration.ofSeconds(10));
    }
}
