package dev.applypilot.server.generation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A practice answer; {@code feedback} is the JSON of its {@link AnswerFeedback}. */
@MappedEntity("interview_answers")
public record InterviewAnswerRow(@Id UUID id, UUID documentId, String questionId, String answer, String feedback,
                                 Instant createdAt) {
}
