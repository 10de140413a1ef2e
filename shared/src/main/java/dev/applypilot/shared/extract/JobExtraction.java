package dev.applypilot.shared.extract;

import dev.applypilot.shared.job.JobPosting;

/**
 * Result of {@link JobExtractor#extract(PageView)}.
 *
 * @param posting    the merged posting (fields may be null when the page does not say)
 * @param confidence 0..1 belief that the page is a single job posting
 */
public record JobExtraction(JobPosting posting, double confidence) {

    /** Threshold above which the extension offers "Save job". */
    public static final double JOB_POSTING_THRESHOLD = 0.5;

    public boolean isJobPosting() {
        return confidence >= JOB_POSTING_THRESHOLD;
    }
}
