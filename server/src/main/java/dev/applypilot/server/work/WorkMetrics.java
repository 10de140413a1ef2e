package dev.applypilot.server.work;

import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per kind: {@code applypilot_work_stream_length} (entries kept in the stream, read or not),
 * {@code applypilot_work_pending} (delivered, not yet acknowledged) and {@code applypilot_work_dead_letters}.
 * Read from Redis on a schedule, not during the scrape, so a slow or absent Redis never stalls {@code /prometheus};
 * while Redis is unreachable the gauges show NaN.
 */
@Context
class WorkMetrics {
    private final List<WorkHandler> handlers;
    private final RedisCommands<String, String> redis;
    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();

    WorkMetrics(List<WorkHandler> handlers, StatefulRedisConnection<String, String> redis, MeterRegistry metrics) {
        this.handlers = handlers;
        this.redis = redis.sync();
        for (WorkHandler handler : handlers) {
            gauge(metrics, "applypilot.work.stream.length", handler.kind(), "Entries in the work stream (MAXLEN-capped)");
            gauge(metrics, "applypilot.work.pending", handler.kind(), "Work messages delivered but not acknowledged");
            gauge(metrics, "applypilot.work.dead.letters", handler.kind(), "Entries in the dead-letter stream");
        }
    }

    private void gauge(MeterRegistry metrics, String name, String kind, String description) {
        AtomicLong value = values.computeIfAbsent(name + "|" + kind, key -> new AtomicLong(Long.MIN_VALUE));
        Gauge.builder(name, value, v -> v.get() == Long.MIN_VALUE ? Double.NaN : v.get())
                .tag("kind", kind).description(description).register(metrics);
    }

    @Scheduled(fixedDelay = "5s", initialDelay = "1s")
    void refresh() {
        for (WorkHandler handler : handlers) {
            String kind = handler.kind();
            try {
                set("applypilot.work.stream.length", kind, redis.xlen(WorkStreams.stream(kind)));
                set("applypilot.work.dead.letters", kind, redis.xlen(WorkStreams.deadLetters(kind)));
                set("applypilot.work.pending", kind, pending(kind));
            } catch (RedisException e) {
                set("applypilot.work.stream.length", kind, Long.MIN_VALUE);
                set("applypilot.work.dead.letters", kind, Long.MIN_VALUE);
                set("applypilot.work.pending", kind, Long.MIN_VALUE);
            }
        }
    }

    private long pending(String kind) {
        try {
            return redis.xpending(WorkStreams.stream(kind), WorkStreams.GROUP).getCount();
        } catch (io.lettuce.core.RedisCommandExecutionException e) {
            return 0; // no group yet: nothing delivered
        }
    }

    private void set(String name, String kind, long value) {
        values.get(name + "|" + kind).set(value);
    }
}
