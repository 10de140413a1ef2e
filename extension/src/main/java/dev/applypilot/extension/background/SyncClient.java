package dev.applypilot.extension.background;

import dev.applypilot.extension.auth.ServerAddress;
import dev.applypilot.extension.bindings.ChromeStorage;
import dev.applypilot.extension.bindings.Console;
import dev.applypilot.extension.bindings.Crypto;
import dev.applypilot.extension.bindings.SyncSocket;
import dev.applypilot.extension.bindings.Timers;
import dev.applypilot.extension.jobs.SavedJobs;
import dev.applypilot.extension.sync.Backoff;
import dev.applypilot.extension.sync.ClientFrames;
import dev.applypilot.extension.sync.Outbox;
import dev.applypilot.extension.sync.OutboxEntry;
import dev.applypilot.extension.sync.ServerFrame;

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

    SyncClient(Session session, Outbox outbox, SavedJobs saved, long lastEventId) {
        this.session = session;
        this.outbox = outbox;
        this.saved = saved;
        this.lastEventId = lastEventId;
    }

    void onChange(Runnable listener) {
        onChange = listener;
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
        socket.send(ClientFrames.hello(lastEventId));
        pingTimer = Timers.every(() -> {
            if (socket != null) {
                socket.send(ClientFrames.ping());
            }
        }, PING_MILLIS);
    }

    private void received(String text) {
        ServerFrame frame = ServerFrame.parse(text);
        switch (frame.type()) {
            case "welcome" -> {
                online = true;
                backoff.reset();
                flush();
                onChange.run();
            }
            case "event" -> applyEvent(frame);
            case "ack" -> applyAck(frame);
            case "error" -> Console.info("sync error " + frame.message());
            default -> { }
        }
    }

    private void applyEvent(ServerFrame frame) {
        if (frame.eventId() <= lastEventId) {
            return;
        }
        String kind = frame.kind() == null ? "" : frame.kind();
        if (kind.startsWith("job.")) {
            saved.record(frame.body());
        } else if (kind.equals("application.status")) {
            saved.statusChanged(frame.body().get("jobId").text().orElse(null), frame.body().get("status").text().orElse(null));
        }
        lastEventId = frame.eventId();
        ChromeStorage.set(ChromeStorage.LOCAL, StorageKeys.LAST_EVENT_ID, Long.toString(lastEventId));
        persistSaved();
        onChange.run();
    }

    private void applyAck(ServerFrame frame) {
        OutboxEntry entry = outbox.acknowledge(frame.clientId());
        if (entry == null) {
            return;
        }
        persistOutbox();
        if (saved.record(frame.body()) && entry.op().equals(OutboxEntry.JOB_SAVE)) {
            String jobId = frame.body().get("job").get("id").text().orElse(null);
            entry.payload().get("job").get("sourceUrl").text().ifPresent(url -> saved.rememberPage(url, jobId));
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
            socket.send(ClientFrames.write(entry));
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
