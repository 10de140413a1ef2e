package dev.applypilot.server.resume;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code applypilot.resumes.*}.
 *
 * @param maxFileBytes  largest file accepted (413 above)
 * @param keepVersions  newest versions kept per user; older ones are pruned, the primary never
 * @param parseThreads  parses running at once on this instance
 * @param staleAfter    a PARSING row older than this is taken to belong to a dead worker and claimed again
 * @param maxAttempts   claims before a resume is marked FAILED for good
 */
@ConfigurationProperties("applypilot.resumes")
public record ResumeSettings(long maxFileBytes, int keepVersions, int parseThreads, Duration staleAfter, int maxAttempts) {
}
