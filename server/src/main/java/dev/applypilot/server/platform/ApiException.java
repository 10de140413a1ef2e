package dev.applypilot.server.platform;

import io.micronaut.http.HttpStatus;

/** A failure meant for the client, carrying everything {@link ApiError} shows. */
public class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final String code;
    private final String guidance;
    private final String field;
    private final Long retryAfterSeconds;

    public ApiException(HttpStatus status, String code, String message, String guidance) {
        this(status, code, message, guidance, null, null);
    }

    private ApiException(HttpStatus status, String code, String message, String guidance, String field, Long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.guidance = guidance;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException invalid(String field, String message, String guidance) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation_failed", message, guidance, field, null);
    }

    /** Another user's resource answers exactly like a missing one, so ids cannot be probed. */
    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", what + " was not found.", "Check the id; it may have been deleted.");
    }

    public static ApiException tooManyRequests(long retryAfterSeconds) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "rate_limited", "Too many requests.",
                "Wait " + retryAfterSeconds + " seconds before trying again.", null, retryAfterSeconds);
    }

    public HttpStatus status() {
        return status;
    }

    public ApiError toError() {
        return new ApiError(code, getMessage(), guidance, field);
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
