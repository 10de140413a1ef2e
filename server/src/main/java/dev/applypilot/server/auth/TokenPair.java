package dev.applypilot.server.auth;

import io.micronaut.serde.annotation.Serdeable;

/** What a successful sign-in or refresh returns. The refresh token is shown once; only its hash is stored. */
@Serdeable
public record TokenPair(String accessToken, String tokenType, long expiresIn, String refreshToken, long refreshExpiresIn, AccountResponse account) {
}
