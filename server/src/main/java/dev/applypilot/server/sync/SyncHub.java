package dev.applypilot.server.sync;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dev.applypilot.shared.sync.SyncFrame;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.websocket.WebSocketSession;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The sockets open on this instance, by user; hands them the events the relay brings in. */
@Singleton
public class SyncHub {
    private static final String ATTRIBUTE = "applypilot.sync";

    private final Map<UUID, Set<SyncConnection>> byUser = new ConcurrentHashMap<>();
    private final EventLog log;
    // A small fixed pool: sockets wait on PostgreSQL only for replays, and a burst must not spawn a thread per socket.
    private final ExecutorService pool;

    private final Timer eventLag;

    SyncHub(EventRelay relay, EventLog log, MeterRegistry metrics) {
        this.log = log;
        Gauge.builder("applypilot.sync.connections", this, SyncHub::openConnections)
                .description("WebSockets open on this instance").register(metrics);
        this.eventLag = Timer.builder("applypilot.sync.event.lag").description("Event committed → sent to a live socket")
                .publishPercentileHistogram().register(metrics);
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(4, Runtime.getRuntime().availableProcessors() * 4), task -> {
            Thread thread = new Thread(task, "sync-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        relay.listen(this::dispatch);
    }

    SyncConnection open(UUID userId, WebSocketSession session) {
        SyncConnection connection = new SyncConnection(userId, session, new SerialExecutor(pool), log, eventLag);
        session.put(ATTRIBUTE, connection);
        byUser.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(connection);
        return connection;
    }

    SyncConnection connection(WebSocketSession session) {
        return session.get(ATTRIBUTE, SyncConnection.class).orElse(null);
    }

    void close(WebSocketSession session) {
        SyncConnection connection = connection(session);
        if (connection != null) {
            byUser.computeIfPresent(connection.userId, (id, set) -> {
                set.remove(connection);
                return set.isEmpty() ? null : set;
            });
        }
    }

    /** Number of sockets open on this instance. */
    public int openConnections() {
        return byUser.values().stream().mapToInt(Set::size).sum();
    }

    @Scheduled(fixedRate = "${applypilot.sync.heartbeat-interval:15s}", initialDelay = "${applypilot.sync.heartbeat-interval:15s}")
    void heartbeat() {
        SyncFrame heartbeat = new SyncFrame.Heartbeat();
        byUser.values().forEach(set -> set.forEach(connection -> connection.send(heartbeat)));
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    private void dispatch(StoredEvent event) {
        Set<SyncConnection> connections = byUser.get(event.userId());
        if (connections != null) {
            connections.forEach(connection -> connection.tasks.execute(() -> connection.live(event)));
        }
    }
}
