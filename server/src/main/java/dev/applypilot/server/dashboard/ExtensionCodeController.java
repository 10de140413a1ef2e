package dev.applypilot.server.dashboard;

import dev.applypilot.server.auth.AuthService;
import dev.applypilot.server.auth.TokenPair;
import dev.applypilot.server.platform.ApiException;
import dev.applypilot.server.platform.ClientAddress;
import dev.applypilot.server.platform.RateLimiter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Duration;

/** The extension signs in with a one-time code shown in the dashboard's settings instead of a password. */
@Controller("/api/v1/auth/extension-code")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class ExtensionCodeController {
    private static final int ATTEMPTS_PER_IP_PER_MINUTE = 20;
    private final OneTimeTokens tokens;
    private final AuthService auth;
    private final RateLimiter rateLimiter;

    ExtensionCodeController(OneTimeTokens tokens, AuthService auth, RateLimiter rateLimiter) {
        this.tokens = tokens;
        this.auth = auth;
        this.rateLimiter = rateLimiter;
    }

    @Serdeable
    record Exchange(@Nullable String code) {
    }

    /** {"code"} → the same token pair as sign-in; the code works once and for a few minutes. */
    @Post("/exchange")
    TokenPair exchange(@Body Exchange body, HttpRequest<?> request) {
        String ip = ClientAddress.of(request);
        rateLimiter.hit("extension-code-ip", ip, ATTEMPTS_PER_IP_PER_MINUTE, Duration.ofMinutes(1));
        if (body.code() == null || body.code().isBlank()) {
            throw ApiException.invalid("code", "Enter the code shown in the dashboard.", "Open Settings in the dashboard and generate a code.");
        }
        return tokens.consume(body.code(), OneTimeTokens.Purpose.EXTENSION_SIGN_IN)
                .map(userId -> auth.issueSession(userId, "extension_code_sign_in", ip))
                .orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "invalid_code", "This code is wrong, used or expired.",
                        "Generate a new code in the dashboard's Settings and enter it within five minutes."));
    }
}
