package dev.applypilot.server.matching;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** One recorded result: when it was computed, by which engine, and the result itself. */
@Serdeable
public record HistoryEntryView(UUID id, UUID jobId, UUID resumeId, int score, MatchBand band, String engineVersion,
                               Instant createdAt, MatchResult result) {
}
