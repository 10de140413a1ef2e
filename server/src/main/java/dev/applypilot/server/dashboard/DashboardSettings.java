package dev.applypilot.server.dashboard;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** {@code applypilot.dashboard.*}: lifetimes of the one-time codes and links the dashboard hands out. */
@ConfigurationProperties("applypilot.dashboard")
public record DashboardSettings(Duration extensionCodeTtl, Duration verifyEmailTtl, Duration passwordResetTtl) {
}
