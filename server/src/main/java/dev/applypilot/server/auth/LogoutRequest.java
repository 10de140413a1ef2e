package dev.applypilot.server.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The refresh token whose session ends; without it only the presented access token is revoked. */
@Serdeable
public record LogoutRequest(@Nullable String refreshToken) {
}
