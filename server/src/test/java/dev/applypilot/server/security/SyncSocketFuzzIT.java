package dev.applypilot.server.security;

import dev.applypilot.server.platform.TestApi;
import dev.applypilot.server.sync.SyncClient;
import dev.applypilot.shared.sync.SyncFrame;
import dev.applypilot.shared.sync.SyncFrameException;
import dev.applypilot.shared.sync.SyncFrames;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random bytes and mutated frames on a live socket (SyncIT covers the named malformed cases): every garbage frame is
 * answered with an error frame, nothing else is written, and the socket keeps working.
 */
@MicronautTest(transactional = false)
class SyncSocketFuzzIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String VALID = "{\"type\":\"write\",\"clientId\":\"c-1\",\"op\":\"application.status\",\"payload\":{\"jobId\":\"x\",\"status\":\"APPLIED\"}}";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void garbageFramesGetErrorFramesAndTheSocketStaysUp() {
        String token = new TestApi(server.getURI(), json).register().text("accessToken");
        Random random = new Random(20261123);
        int sent = 300;
        try (SyncClient client = SyncClient.connect(server.getURI(), token)) {
            List<SyncFrame> answers = new CopyOnWriteArrayList<>();
            client.onFrame(answers::add);
            int undecodable = 0;
            for (int i = 0; i < sent; i++) {
                String frame = i % 2 == 0 ? randomBytes(random) : mutated(random);
                try {
                    SyncFrames.read(frame);
                } catch (SyncFrameException e) {
                    undecodable++;
                }
                client.sendText(frame);
            }
            client.send(new SyncFrame.Ping());
            client.await(f -> f instanceof SyncFrame.Pong, WAIT);
            long errors = answers.stream().filter(f -> f instanceof SyncFrame.Error).count();
            assertTrue(errors >= undecodable, errors + " error frames for " + undecodable + " undecodable frames");
            assertTrue(client.isOpen(), "the socket survives " + sent + " garbage frames");
            System.out.println("SyncSocketFuzzIT: " + sent + " garbage frames (" + undecodable + " undecodable), " + errors
                    + " error frames, socket open, pong received");
        }
    }

    /** Bytes 0..255 as characters: control characters, quotes, braces, Latin-1. */
    private static String randomBytes(Random random) {
        char[] chars = new char[1 + random.nextInt(2048)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) random.nextInt(256);
        }
        return new String(chars);
    }

    private static String mutated(Random random) {
        StringBuilder frame = new StringBuilder(VALID);
        for (int i = 1 + random.nextInt(6); i > 0 && frame.length() > 0; i--) {
            int at = random.nextInt(frame.length());
            if (random.nextBoolean()) {
                frame.setCharAt(at, "{}[]\",:\\0-9eE tfn".charAt(random.nextInt(17)));
            } else {
                frame.deleteCharAt(at);
            }
        }
        return frame.toString();
    }
}
