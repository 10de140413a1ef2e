package dev.applypilot.server.generation;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code applypilot.generation.jobs.*}: generation requests run as queued jobs on any instance.
 *
 * @param concurrency generations running at once per instance (model calls mostly wait on the network)
 * @param syncWait    how long a request without {@code Prefer: respond-async} waits for its result before answering
 *                    202 with the job to poll; below common proxy read timeouts (nginx: 60 s)
 */
@ConfigurationProperties("applypilot.generation.jobs")
public record GenerationJobSettings(int concurrency, Duration syncWait) {
}
