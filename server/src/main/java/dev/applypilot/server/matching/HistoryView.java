package dev.applypilot.server.matching;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** {@code GET /api/v1/matching/history}: newest first. */
@Serdeable
public record HistoryView(List<HistoryEntryView> items) {
}
