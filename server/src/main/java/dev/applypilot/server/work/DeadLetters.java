package dev.applypilot.server.work;

import dev.applypilot.server.platform.ApiException;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The operator's side of the dead-letter streams: list what the queue gave up on and replay it once the cause is
 * fixed. A replay reopens the job in PostgreSQL through its handler first (the record of truth), then enqueues it
 * and deletes the dead letter; a job its handler cannot reopen keeps its dead letter.
 */
@Singleton
public class DeadLetters {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);
    private static final int PAGE = 100;
    private final Map<String, WorkHandler> handlers;
    private final RedisCommands<String, String> redis;
    private final WorkQueue queue;

    DeadLetters(List<WorkHandler> handlers, StatefulRedisConnection<String, String> redis, WorkQueue queue) {
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(WorkHandler::kind, Function.identity()));
        this.redis = redis.sync();
        this.queue = queue;
    }

    /** The oldest {@code limit} dead letters of {@code kind}. */
    public List<DeadLetterView> list(String kind, int limit) {
        handler(kind);
        return redis.xrange(WorkStreams.deadLetters(kind), Range.create("-", "+"), Limit.from(limit)).stream()
                .map(DeadLetterView::of).toList();
    }

    /** Replays one dead letter; empty when there is no such entry. */
    public Optional<ReplayReport> replay(String kind, String entryId) {
        WorkHandler handler = handler(kind);
        return redis.xrange(WorkStreams.deadLetters(kind), Range.create(entryId, entryId)).stream().findFirst()
                .map(DeadLetterView::of)
                .map(letter -> replay(handler, letter) ? new ReplayReport(List.of(letter.job()), List.of())
                        : new ReplayReport(List.of(), List.of(letter)));
    }

    /** Replays every dead letter of {@code kind}, oldest first. */
    public ReplayReport replayAll(String kind) {
        WorkHandler handler = handler(kind);
        List<String> replayed = new ArrayList<>();
        List<DeadLetterView> kept = new ArrayList<>();
        String from = "-";
        List<StreamMessage<String, String>> page;
        do {
            page = redis.xrange(WorkStreams.deadLetters(kind), Range.create(from, "+"), Limit.from(PAGE));
            for (StreamMessage<String, String> entry : page) {
                DeadLetterView letter = DeadLetterView.of(entry);
                if (replay(handler, letter)) {
                    replayed.add(letter.job());
                } else {
                    kept.add(letter);
                }
                from = "(" + entry.getId(); // exclusive start (Redis 6.2): kept entries are not read again
            }
        } while (page.size() == PAGE);
        return new ReplayReport(replayed, kept);
    }

    private boolean replay(WorkHandler handler, DeadLetterView letter) {
        if (letter.job() == null || !handler.reopen(letter.job())) {
            return false;
        }
        queue.publish(handler.kind(), letter.job());
        redis.xdel(WorkStreams.deadLetters(handler.kind()), letter.id());
        LOG.info("Replayed {} job {} from dead letter {}", handler.kind(), letter.job(), letter.id());
        return true;
    }

    private WorkHandler handler(String kind) {
        WorkHandler handler = handlers.get(kind);
        if (handler == null) {
            throw ApiException.notFound("The work kind '" + kind + "'");
        }
        return handler;
    }
}
