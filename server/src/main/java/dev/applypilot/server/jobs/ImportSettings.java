package dev.applypilot.server.jobs;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code applypilot.jobs.import.*}: limits for fetching a job page by URL.
 *
 * @param allowPrivateHosts fetch loopback/private addresses too (tests and single-user local installs only)
 */
@ConfigurationProperties("applypilot.jobs.import")
public record ImportSettings(@Bindable(defaultValue = "false") boolean allowPrivateHosts,
                             @Bindable(defaultValue = "10s") Duration timeout,
                             @Bindable(defaultValue = "3145728") int maxBytes,
                             @Bindable(defaultValue = "5") int maxRedirects) {
}
