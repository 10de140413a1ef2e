package dev.applypilot.server.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** {@code GET /api/v1/matching/page}: what the extension popup shows for the page's saved job. */
@Serdeable
public record PageMatchView(UUID jobId, @Nullable String title, @Nullable String company, UUID resumeId, int score,
                            MatchBand band, List<KeywordMatch> topMissing) {
}
