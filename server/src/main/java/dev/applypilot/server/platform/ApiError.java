package dev.applypilot.server.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The one shape of every error response: a stable machine code, a sentence for people, what to do about it,
 * and for validation errors the field at fault.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, String guidance, String field) {
}
