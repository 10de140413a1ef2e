package dev.applypilot.server.matching;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** {@code GET /api/v1/matching/jobs/{jobId}}: the full, explainable result for one saved job and one resume version. */
@Serdeable
public record JobMatchView(UUID jobId, UUID resumeId, String engineVersion, MatchResult result) {
}
