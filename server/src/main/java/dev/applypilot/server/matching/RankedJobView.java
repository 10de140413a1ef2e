package dev.applypilot.server.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** One saved job of a ranking; {@code topMissing} are the first missing skills, required ones first. */
@Serdeable
public record RankedJobView(UUID jobId, @Nullable String title, @Nullable String company, int score, MatchBand band,
                            List<String> topMissing) {
}
