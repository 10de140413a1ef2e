package dev.applypilot.server.platform;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import java.util.Optional;

/**
 * Gives Micronaut's own errors (unknown route, bad JSON, validation, security rejections, oversize bodies) the
 * {@link ApiError} shape. Internal errors never carry their exception text to the client.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ApiErrorBodyProvider implements JsonErrorResponseBodyProvider<ApiError> {

    @Override
    public ApiError body(ErrorContext context, HttpResponse<?> response) {
        Optional<Throwable> cause = context.getRootCause();
        if (cause.isPresent() && cause.get() instanceof ApiException api) {
            return api.toError();
        }
        HttpStatus status = response.getStatus();
        if (cause.isPresent() && cause.get() instanceof ConstraintViolationException violations && !violations.getConstraintViolations().isEmpty()) {
            ConstraintViolation<?> first = violations.getConstraintViolations().iterator().next();
            String field = lastSegment(first.getPropertyPath());
            return new ApiError("validation_failed", field + ": " + first.getMessage(),
                    "Correct " + field + " and send the request again.", field);
        }
        if (status == HttpStatus.BAD_REQUEST && cause.isPresent() && cause.get() instanceof ConversionErrorException conversion) {
            String field = conversion.getArgument() == null ? null : conversion.getArgument().getName();
            return new ApiError("malformed_request", "The request body or a parameter could not be read.",
                    "Send valid JSON matching the documented shape (see /swagger).", field);
        }
        return byStatus(status, context);
    }

    private static ApiError byStatus(HttpStatus status, ErrorContext context) {
        String detail = context.getErrors().isEmpty() ? null : context.getErrors().get(0).getMessage();
        return switch (status) {
            case BAD_REQUEST -> new ApiError("malformed_request", "The request could not be read.",
                    "Send valid JSON matching the documented shape (see /swagger).", null);
            case UNAUTHORIZED -> new ApiError("unauthorized", "Sign-in required or the access token is invalid or expired.",
                    "Sign in again, or refresh the access token with POST /api/v1/auth/refresh.", null);
            case FORBIDDEN -> new ApiError("forbidden", "This request is not allowed.",
                    "If you are calling from a browser extension or another site, its origin must be configured.", null);
            case NOT_FOUND -> new ApiError("not_found", "Nothing here.", "Check the address; the API lives under /api/v1.", null);
            case METHOD_NOT_ALLOWED -> new ApiError("method_not_allowed", "This method is not allowed here.", "See /swagger for the operations of this path.", null);
            case UNSUPPORTED_MEDIA_TYPE -> new ApiError("unsupported_media_type", "This content type is not accepted here.", "Send application/json.", null);
            case REQUEST_ENTITY_TOO_LARGE -> new ApiError("payload_too_large", "The request body is too large.", "Send a smaller body.", null);
            case TOO_MANY_REQUESTS -> new ApiError("rate_limited", "Too many requests.", "Wait and try again.", null);
            default -> status.getCode() >= 500
                    ? new ApiError("internal_error", "Something went wrong on our side.", "Try again; if it keeps failing, contact support.", null)
                    : new ApiError(status.name().toLowerCase(java.util.Locale.ROOT), detail == null ? status.getReason() : detail, "Check the request.", null);
        };
    }

    private static String lastSegment(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }
}
