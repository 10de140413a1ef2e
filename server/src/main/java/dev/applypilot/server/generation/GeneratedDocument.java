package dev.applypilot.server.generation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored document as the API returns it.
 *
 * @param kind      RESUME, COVER_LETTER, ANSWERS or INTERVIEW
 * @param provider  "offline" or "openai:model" etc.
 * @param cached    true when an identical earlier request's result was returned (no model call, no quota used)
 * @param content   the kind's record: {@link TailoredResume}, {@link CoverLetter}, {@link DraftAnswers}, {@link InterviewPrep}
 */
@Serdeable
public record GeneratedDocument(UUID id, String kind, @Nullable UUID jobId, String provider, boolean cached,
                                @Nullable UUID requestId, Instant createdAt, @Nullable Instant updatedAt, JsonNode content,
                                @Nullable UUID resumeVersionId) {
}
