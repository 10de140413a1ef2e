package dev.applypilot.server.auth;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** Token lifetimes and sign-in limits ({@code applypilot.auth.*}). */
@ConfigurationProperties("applypilot.auth")
public record AuthSettings(
        Duration accessTokenTtl,
        Duration refreshTokenTtl,
        int bcryptCost,
        int loginPerIpPerMinute,
        int loginPerAccountPer15Minutes,
        int registerPerIpPerHour) {
}
