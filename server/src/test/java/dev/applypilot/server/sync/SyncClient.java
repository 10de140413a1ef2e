package dev.applypilot.server.sync;

import dev.applypilot.shared.sync.SyncFrame;
import dev.applypilot.shared.sync.SyncFrames;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** A sync client as a browser would connect: JDK WebSocket, token in the "bearer" subprotocol, frames decoded. */
public final class SyncClient implements AutoCloseable {
    private final LinkedBlockingQueue<SyncFrame> frames = new LinkedBlockingQueue<>();
    private final WebSocket socket;
    private volatile Consumer<SyncFrame> onFrame = frame -> { };

    private SyncClient(HttpClient http, URI server, String token) {
        URI ws = URI.create(server.toString().replaceFirst("^http", "ws") + "/ws");
        socket = http.newWebSocketBuilder().subprotocols("bearer", token).connectTimeout(Duration.ofSeconds(10))
                .buildAsync(ws, new Listener()).join();
    }

    public static SyncClient connect(URI server, String token) {
        return new SyncClient(HttpClient.newHttpClient(), server, token);
    }

    /** Connects on a shared HTTP client (many sockets, one selector thread). */
    public static SyncClient connect(HttpClient http, URI server, String token) {
        return new SyncClient(http, server, token);
    }

    public String subprotocol() {
        return socket.getSubprotocol();
    }

    /** Called on the client's receive thread for every frame (in addition to queueing it). */
    public void onFrame(Consumer<SyncFrame> consumer) {
        onFrame = consumer;
    }

    public void send(SyncFrame frame) {
        sendText(SyncFrames.write(frame));
    }

    public void sendText(String text) {
        socket.sendText(text, true).join();
    }

    /** The next frame matching {@code filter}; others are skipped. Fails after {@code timeout}. */
    public SyncFrame await(Predicate<SyncFrame> filter, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                SyncFrame frame = left <= 0 ? null : frames.poll(left, TimeUnit.NANOSECONDS);
                if (frame == null) {
                    throw new AssertionError("No matching frame within " + timeout);
                }
                if (filter.test(frame)) {
                    return frame;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every frame but heartbeats that arrives, stopping once nothing else came for {@code quiet}. */
    public List<SyncFrame> drain(Duration quiet) {
        List<SyncFrame> out = new ArrayList<>();
        try {
            SyncFrame frame;
            long deadline = System.nanoTime() + quiet.toNanos();
            while ((frame = frames.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
                if (!(frame instanceof SyncFrame.Heartbeat)) {
                    out.add(frame);
                    deadline = System.nanoTime() + quiet.toNanos();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    public boolean isOpen() {
        return !socket.isInputClosed() && !socket.isOutputClosed();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                SyncFrame frame = SyncFrames.read(partial.toString());
                partial.setLength(0);
                onFrame.accept(frame);
                frames.add(frame);
            }
            webSocket.request(1);
            return null;
        }
    }
}
