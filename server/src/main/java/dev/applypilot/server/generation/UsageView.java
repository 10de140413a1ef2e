package dev.applypilot.server.generation;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.UUID;

/** One user's generation usage for the admin view. */
@Serdeable
public record UsageView(UUID userId, String email, String plan, int dailyLimit, long usedToday, long last30Days,
                        Map<String, Long> last30DaysByProvider) {
}
