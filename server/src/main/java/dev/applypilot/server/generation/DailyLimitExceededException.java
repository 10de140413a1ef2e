package dev.applypilot.server.generation;

import dev.applypilot.server.platform.ApiException;
import io.micronaut.http.HttpStatus;

import java.time.Instant;

/** 429 with the reset time in the body and Retry-After. */
final class DailyLimitExceededException extends ApiException {
    private final long retryAfter;

    DailyLimitExceededException(String plan, int limit, Instant resetAt, long retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, "generation_limit_reached",
                "You have used all " + limit + " generations of the " + plan + " plan today.",
                "The limit resets at " + resetAt + " (in " + retryAfter + " seconds). Cached results stay available.");
        this.retryAfter = retryAfter;
    }

    @Override
    public Long retryAfterSeconds() {
        return retryAfter;
    }
}
