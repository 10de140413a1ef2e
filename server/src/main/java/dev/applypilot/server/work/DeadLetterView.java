package dev.applypilot.server.work;

import io.lettuce.core.StreamMessage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One entry of a kind's dead-letter stream, as {@link StreamWorker} wrote it.
 *
 * @param id        the entry's id in the dead-letter stream (what a replay names)
 * @param job       the job's id in PostgreSQL
 * @param message   the id the job's last message had in the work stream
 */
@Serdeable
public record DeadLetterView(String id, String job, @Nullable String reason, @Nullable String deliveries, @Nullable String consumer,
                             @Nullable String message, @Nullable String failedAt) {
    static DeadLetterView of(StreamMessage<String, String> entry) {
        var body = entry.getBody();
        return new DeadLetterView(entry.getId(), body.get(WorkStreams.JOB), body.get("reason"), body.get("deliveries"),
                body.get("consumer"), body.get("message"), body.get("failedAt"));
    }
}
