package dev.applypilot.server.matching;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** {@code GET /api/v1/matching/rank}: all saved jobs ranked, best first; {@code items} holds the first {@code limit}. */
@Serdeable
public record RankingView(UUID resumeId, String engineVersion, int totalJobs, List<RankedJobView> items) {
}
