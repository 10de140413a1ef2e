package dev.applypilot.server.generation;

import dev.applypilot.server.platform.ApiException;
import io.micronaut.http.HttpStatus;

import java.util.List;
import java.util.stream.Collectors;

/** 422: the model's answer stated facts the profile does not have and the configuration says to reject it. */
final class FactCheckFailedException extends ApiException {
    FactCheckFailedException(String what, List<FactViolation> violations) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "fact_check_failed",
                "The AI's " + what + " was rejected" + (violations.isEmpty() ? ": its answer was not valid JSON."
                        : " because it states things that are not in your profile: " + violations.stream()
                        .limit(8).map(v -> v.kind().toLowerCase(java.util.Locale.ROOT) + " '" + v.value() + "'")
                        .collect(Collectors.joining(", ")) + "."),
                "Nothing was saved. Try again, add the facts to your profile if they are true, or use the offline mode.");
    }
}
