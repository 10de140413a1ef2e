package dev.applypilot.server.generation;

import java.util.regex.Pattern;

/**
 * Job descriptions are third-party text: a model sees them only inside {@code <job_description>} tags, with any tag
 * of ours inside them removed so the text cannot close the block early and speak as the instructions.
 */
final class UntrustedText {
    private static final Pattern OUR_TAGS = Pattern.compile(
            "<\\s*/?\\s*(job_description|candidate_profile|answer_bank|question|instructions|system)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);

    private UntrustedText() {
    }

    static String strip(String text) {
        return text == null ? "" : OUR_TAGS.matcher(text).replaceAll(" ");
    }

    static String jobBlock(JobDetails job) {
        return "<job_description>\nTitle: " + strip(job.title()) + "\nCompany: " + strip(job.companyOr("(not named)"))
                + "\n\n" + strip(job.description()) + "\n</job_description>";
    }
}
