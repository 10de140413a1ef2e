package dev.applypilot.server.sync;

import java.time.Instant;
import java.util.UUID;

/** One row of the event log. {@code payloadJson} is JSON text exactly as stored. */
public record StoredEvent(UUID userId, long id, String kind, String payloadJson, Instant createdAt) {
}
