package dev.applypilot.server.generation;

import io.micronaut.core.annotation.Nullable;

/**
 * What a generation request got within its wait: the document, or (still running) the queued job to poll.
 * Exactly one of the two is set.
 */
public record GenerationOutcome(@Nullable GeneratedDocument document, @Nullable GenerationJobView job) {
    static GenerationOutcome done(GeneratedDocument document) {
        return new GenerationOutcome(document, null);
    }

    static GenerationOutcome running(GenerationJobView job) {
        return new GenerationOutcome(null, job);
    }
}
