package dev.applypilot.server.generation;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The fact check's verdict on a stored document.
 *
 * @param passed     whether the stored content passed (always true for stored content)
 * @param outcome    "passed", or what happened to a model answer that failed ("model answer failed the fact check;
 *                   the offline version was used instead")
 * @param violations what the rejected model answer invented (empty when it passed)
 */
@Serdeable
public record FactCheckReport(boolean passed, String outcome, List<FactViolation> violations) {
    public FactCheckReport {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static FactCheckReport clean() {
        return new FactCheckReport(true, "passed", List.of());
    }
}
