package dev.applypilot.server.resume;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code applypilot.resumes.*}; retries and the dead-letter stream are the work queue's ({@code applypilot.work.*}).
 *
 * @param maxFileBytes  largest file accepted (413 above)
 * @param keepVersions  newest versions kept per user; older ones are pruned, the primary never
 * @param parseThreads  parses running at once on this instance
 * @param staleAfter    a PARSING row claimed longer ago than this is taken to have lost its worker and its message;
 *                      the sweeper enqueues it again and a new message may take it over
 */
@ConfigurationProperties("applypilot.resumes")
public record ResumeSettings(long maxFileBytes, int keepVersions, int parseThreads, Duration staleAfter) {
}
