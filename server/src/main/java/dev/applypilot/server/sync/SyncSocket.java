package dev.applypilot.server.sync;

import dev.applypilot.server.platform.ApiException;
import dev.applypilot.shared.sync.SyncFrame;
import dev.applypilot.shared.sync.SyncFrameException;
import dev.applypilot.shared.sync.SyncFrames;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.Principal;
import java.util.UUID;

/**
 * {@code /ws}: authenticated by the {@code bearer} subprotocol (see {@link BearerSubprotocolTokenReader}), which the
 * server echoes. Frames are handled off the event loop, one at a time per socket; a bad frame gets an error frame
 * and the socket stays open.
 */
@ServerWebSocket(value = "/ws", subprotocols = BearerSubprotocolTokenReader.SUBPROTOCOL)
@Secured(SecurityRule.IS_AUTHENTICATED)
class SyncSocket {
    private static final Logger LOG = LoggerFactory.getLogger(SyncSocket.class);

    private final SyncHub hub;
    private final SyncWrites writes;

    SyncSocket(SyncHub hub, SyncWrites writes) {
        this.hub = hub;
        this.writes = writes;
    }

    @OnOpen
    void open(WebSocketSession session) {
        String subject = session.getUserPrincipal().map(Principal::getName).orElse(null);
        if (subject == null) {
            session.close();
            return;
        }
        hub.open(UUID.fromString(subject), session);
    }

    @OnMessage
    void message(String text, WebSocketSession session) {
        SyncConnection connection = hub.connection(session);
        if (connection != null) {
            connection.tasks.execute(() -> handle(connection, text));
        }
    }

    @OnClose
    void close(WebSocketSession session) {
        hub.close(session);
    }

    private void handle(SyncConnection connection, String text) {
        SyncFrame frame;
        try {
            frame = SyncFrames.read(text);
        } catch (SyncFrameException e) {
            connection.send(new SyncFrame.Error(e.code(), e.getMessage(), null));
            return;
        }
        if (frame instanceof SyncFrame.Hello hello) {
            connection.hello(hello.lastEventId());
        } else if (frame instanceof SyncFrame.Ping) {
            connection.send(new SyncFrame.Pong());
        } else if (frame instanceof SyncFrame.Write write) {
            try {
                connection.send(new SyncFrame.Ack(write.clientId(), writes.apply(connection.userId, write)));
            } catch (ApiException e) {
                connection.send(new SyncFrame.Error(e.toError().error(), e.getMessage(), write.clientId()));
            } catch (SyncFrameException e) {
                connection.send(new SyncFrame.Error(e.code(), e.getMessage(), write.clientId()));
            } catch (RuntimeException e) {
                LOG.warn("Write {} failed", write.op(), e);
                connection.send(new SyncFrame.Error("internal_error", "The write failed; retry with the same clientId.", write.clientId()));
            }
        } else {
            connection.send(new SyncFrame.Error("invalid_frame", "Clients may send hello, ping and write frames only.", null));
        }
    }
}
