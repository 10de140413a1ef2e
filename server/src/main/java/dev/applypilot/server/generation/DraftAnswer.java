package dev.applypilot.server.generation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A drafted answer to one application question, for the user to review before it is used.
 *
 * @param source  answer_bank (reused from a similar saved answer), profile (built from profile facts), model, or
 *                none (nothing in the profile answers it; the user must write it)
 * @param basedOn the answer-bank question it reuses, or null
 */
@Serdeable
public record DraftAnswer(String question, String answer, String source, @Nullable String basedOn, boolean needsReview) {
}
