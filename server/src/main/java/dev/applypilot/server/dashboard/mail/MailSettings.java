package dev.applypilot.server.dashboard.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** {@code applypilot.mail.*}: the SMTP server; without a host, mail is written to the log instead. */
@ConfigurationProperties("applypilot.mail")
public record MailSettings(@Nullable String host, int port, @Nullable String username, @Nullable String password, boolean starttls, String from) {
}
