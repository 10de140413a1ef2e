package dev.applypilot.extension.background;

import dev.applypilot.extension.auth.ServerAddress;
import dev.applypilot.extension.bindings.ChromeStorage;
import dev.applypilot.extension.bindings.Console;
import dev.applypilot.extension.bindings.Crypto;
import dev.applypilot.extension.bindings.SyncSocket;
import dev.applypilot.extension.bindings.Timers;
import dev.applypilot.extension.jobs.SavedJobs;
import dev.applypilot.extension.sync.Backoff;
import dev.applypilot.extension.sync.Outbox;
import dev.applypilot.extension.sync.OutboxEntry;
import dev.applypilot.shared.json.JsonValue;
import dev.applypilot.shared.sync.SyncFrame;
import dev.applypilot.shared.sync.SyncFrameException;
import dev.applypilot.shared.sync.SyncFrames;

/**
 * The sync socket: says hello with the last event number it processed, replays the outbox after every
 * welcome, applies events and acks to the local caches, pings every 20 s (which also keeps Chrome's worker
 * alive while connected) and reconnects with backoff. Everything it must remember is persisted, because the
 * worker can be stopped at any time.
 */
final class SyncClient {
    private static final int PING_MILLIS = 20_000;

    private final Session session;
    private final Outbox outbox;
    private final SavedJobs saved;
    private final Backoff backoff = new Backoff(1_000, 15_000);
    private long lastEventId;
    private SyncSocket socket;
    private boolean online;
    private boolean opened;
    private int pingTimer = -1;
    private int reconnectTimer = -1;
    private long lastForcedRefresh;
    private Runnable onChange = () -> { };
    private Runnable onProfileUpdated = () -> { };

    SyncClient(Session session, Outbox outbox, SavedJobs saved, long lastEventId) {
        this.session = session;
        this.outbox = outbox;
        this.saved = saved;
        this.lastEventId = lastEventId;
    }

    void onChange(Runnable listener) {
        onChange = listener;
    }

    /** Called on every {@code profile.updated} event (the cached profile is stale). */
    void onProfileUpdated(Runnable listener) {
        onProfileUpdated = listener;
    }

    boolean online() {
        return online;
    }

    int queued() {
        return outbox.size();
    }

    /** Connects unless connected or connecting; no-op when signed out. */
    void connect() {
        if (socket != null || !session.signedIn()) {
            return;
        }
        cancelReconnect();
        session.fresh((ok, message) -> {
            if (!ok) {
                scheduleReconnect();
                return;
            }
            if (socket != null || !session.signedIn()) {
                return;
            }
            opened = false;
            socket = SyncSocket.open(ServerAddress.webSocket(session.server()), session.accessToken(),
                    this::opened, this::received, this::closed);
            if (socket == null) {
                scheduleReconnect();
            }
        });
    }

    /** Queues a write; it goes out now when online, else after the next welcome. */
    void write(OutboxEntry entry) {
        outbox.add(entry);
        persistOutbox();
        flush();
        if (socket == null) {
            connect();
        }
        onChange.run();
    }

    /** Closes and forgets everything belonging to the account (sign-out). */
    void reset() {
        disconnect();
        cancelReconnect();
        lastEventId = 0;
        outbox.connectionLost();
        for (OutboxEntry entry : outbox.entries()) {
            outbox.acknowledge(entry.clientId());
        }
        ChromeStorage.remove(ChromeStorage.LOCAL, StorageKeys.OUTBOX);
        ChromeStorage.remove(ChromeStorage.LOCAL, StorageKeys.LAST_EVENT_ID);
        ChromeStorage.remove(ChromeStorage.LOCAL, StorageKeys.SAVED_JOBS);
        onChange.run();
    }

    private void opened() {
        opened = true;
        socket.send(SyncFrames.write(new SyncFrame.Hello(lastEventId)));
        pingTimer = Timers.every(() -> {
            if (socket != null) {
                socket.send(SyncFrames.write(new SyncFrame.Ping()));
            }
        }, PING_MILLIS);
    }

    private void received(String text) {
        SyncFrame frame;
        try {
            frame = SyncFrames.read(text);
        } catch (SyncFrameException e) {
            Console.info("sync: unreadable frame " + e.code());
            return;
        }
        if (frame instanceof SyncFrame.Welcome) {
            online = true;
            backoff.reset();
            flush();
            onChange.run();
        } else if (frame instanceof SyncFrame.Event event) {
            applyEvent(event);
        } else if (frame instanceof SyncFrame.Ack ack) {
            applyAck(ack);
        } else if (frame instanceof SyncFrame.Error error) {
            Console.info("sync error " + error.code() + ": " + error.message());
        }
    }

    /**
     * Payloads as the server writes them: {@code job.saved} = {@code {job, applicationStatus}} (the REST save
     * answer), {@code application.status} = {@code {jobId, status, previousStatus, source}},
     * {@code profile.updated} = {@code {updatedAt}}.
     */
    private void applyEvent(SyncFrame.Event event) {
        if (event.id() <= lastEventId) {
            return;
        }
        JsonValue payload = event.payload();
        switch (event.kind()) {
            case "job.saved", "job.updated" -> saved.record(payload);
            case "application.status" -> saved.statusChanged(payload.get("jobId").text().orElse(null),
                    payload.get("status").text().orElse(null));
            case "profile.updated" -> onProfileUpdated.run();
            default -> { }
        }
        lastEventId = event.id();
        ChromeStorage.set(ChromeStorage.LOCAL, StorageKeys.LAST_EVENT_ID, Long.toString(lastEventId));
        persistSaved();
        onChange.run();
    }

    /** Ack results: {@code job.save} = {@code {job, duplicate, applicationStatus}}; status = {@code {jobId, status, previousStatus}}. */
    private void applyAck(SyncFrame.Ack ack) {
        OutboxEntry entry = outbox.acknowledge(ack.clientId());
        if (entry == null) {
            return;
        }
        persistOutbox();
        JsonValue result = ack.result();
        if (entry.op().equals(OutboxEntry.JOB_SAVE) && saved.record(result)) {
            String jobId = result.get("job").get("id").text().orElse(null);
            entry.payload().get("job").get("sourceUrl").text().ifPresent(url -> saved.rememberPage(url, jobId));
        } else if (entry.op().equals(OutboxEntry.APPLICATION_STATUS)) {
            saved.statusChanged(result.get("jobId").text().orElse(null), result.get("status").text().orElse(null));
        }
        persistSaved();
        onChange.run();
    }

    private void closed(int code) {
        boolean wasOpened = opened;
        disconnect();
        onChange.run();
        if (!session.signedIn()) {
            return;
        }
        long now = System.currentTimeMillis();
        if (!wasOpened && now - lastForcedRefresh > 60_000) {
            // A refused handshake is how an expired or revoked access token shows up.
            lastForcedRefresh = now;
            session.refresh((ok, message) -> scheduleReconnect());
        } else {
            scheduleReconnect();
        }
    }

    private void flush() {
        if (!online || socket == null) {
            return;
        }
        for (OutboxEntry entry : outbox.takeUnsent()) {
            socket.send(SyncFrames.write(entry.toFrame()));
        }
    }

    private void disconnect() {
        if (socket != null) {
            socket.closeQuietly();
            socket = null;
        }
        online = false;
        opened = false;
        outbox.connectionLost();
        if (pingTimer >= 0) {
            Timers.cancel(pingTimer);
            pingTimer = -1;
        }
    }

    private void scheduleReconnect() {
        cancelReconnect();
        reconnectTimer = Timers.later(() -> {
            reconnectTimer = -1;
            connect();
        }, (int) backoff.nextDelay(Crypto.random()));
    }

    private void cancelReconnect() {
        if (reconnectTimer >= 0) {
            Timers.cancel(reconnectTimer);
            reconnectTimer = -1;
        }
    }

    private void persistOutbox() {
        ChromeStorage.set(ChromeStorage.LOCAL, StorageKeys.OUTBOX, outbox.toJson());
    }

    private void persistSaved() {
        ChromeStorage.set(ChromeStorage.LOCAL, StorageKeys.SAVED_JOBS, saved.toJson());
    }
}
