package dev.applypilot.server.sync;

import io.micrometer.core.instrument.Timer;

import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.sync.SyncFrame;
import dev.applypilot.shared.sync.SyncFrames;
import io.micronaut.websocket.WebSocketSession;

import java.util.List;
import java.util.UUID;

/**
 * One open socket. Every frame from the client and every live event for the user runs through {@link #tasks},
 * one at a time in arrival order, so the replay after a hello and the live events that arrive meanwhile cannot
 * interleave: live events simply wait in the queue and are dropped when their id was already sent by the replay.
 * A live event whose id skips ahead (publishes from two instances can overtake each other, or Redis lost one)
 * first pulls the missing ids from PostgreSQL, so the client never sees a gap.
 */
final class SyncConnection {
    private static final int PAGE = 500;

    final UUID userId;
    final WebSocketSession session;
    final SerialExecutor tasks;
    private final EventLog log;
    /** Highest event id sent; -1 until the client's hello says where it stands. Only touched from {@link #tasks}. */
    private long lastSent = -1;

    private final Timer eventLag;

    SyncConnection(UUID userId, WebSocketSession session, SerialExecutor tasks, EventLog log, Timer eventLag) {
        this.eventLag = eventLag;
        this.userId = userId;
        this.session = session;
        this.tasks = tasks;
        this.log = log;
    }

    /** Replays everything after {@code lastEventId} from PostgreSQL; live events queue behind this. */
    void hello(long lastEventId) {
        send(new SyncFrame.Welcome(userId.toString(), log.lastId(userId)));
        lastSent = lastEventId;
        sendStoredUpTo(Long.MAX_VALUE);
    }

    void live(StoredEvent event) {
        if (lastSent < 0 || event.id() <= lastSent) {
            return;
        }
        if (event.id() > lastSent + 1) {
            sendStoredUpTo(event.id());
        }
        if (event.id() > lastSent) {
            sendEvent(event);
            eventLag.record(java.time.Duration.between(event.createdAt(), java.time.Instant.now()));
        }
    }

    void send(SyncFrame frame) {
        if (session.isOpen()) {
            session.sendAsync(SyncFrames.write(frame));
        }
    }

    private void sendStoredUpTo(long beforeId) {
        while (true) {
            List<StoredEvent> page = log.between(userId, lastSent, beforeId, PAGE);
            page.forEach(this::sendEvent);
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private void sendEvent(StoredEvent event) {
        send(new SyncFrame.Event(event.id(), event.kind(), event.createdAt().toString(), JsonParser.parse(event.payloadJson())));
        lastSent = event.id();
    }
}
