package dev.applypilot.server.resume;

import io.micronaut.serde.annotation.Serdeable;

/** Why parsing failed: the stable {@code code} (e.g. {@code encrypted}), a technical message and what the user can do. */
@Serdeable
public record ParseError(String code, String message, String guidance) {
}
