package dev.applypilot.extension.sync;

import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FramesTest {
    @Test
    void clientFramesFollowTheContract() {
        assertEquals("{\"type\":\"hello\",\"lastEventId\":42}", ClientFrames.hello(42));
        assertEquals("{\"type\":\"ping\"}", ClientFrames.ping());
        OutboxEntry entry = new OutboxEntry("c-1", OutboxEntry.JOB_SAVE, new JsonObject(Map.of("source", new JsonString("EXTENSION"))), 0);
        assertEquals("{\"type\":\"write\",\"clientId\":\"c-1\",\"op\":\"job.save\",\"payload\":{\"source\":\"EXTENSION\"}}",
                ClientFrames.write(entry));
    }

    @Test
    void readsAnEventWithItsNumberKindAndPayload() {
        ServerFrame frame = ServerFrame.parse("{\"type\":\"event\",\"id\":17,\"kind\":\"application.status\",\"payload\":{\"jobId\":\"j\",\"status\":\"APPLIED\"}}");
        assertEquals("event", frame.type());
        assertEquals(17, frame.eventId());
        assertEquals("application.status", frame.kind());
        assertEquals("APPLIED", frame.body().get("status").text().orElseThrow());
    }

    @Test
    void readsAnAckWithItsResult() {
        ServerFrame frame = ServerFrame.parse("{\"type\":\"ack\",\"clientId\":\"c-1\",\"result\":{\"duplicate\":true}}");
        assertEquals("c-1", frame.clientId());
        assertEquals("true", frame.body().get("duplicate").text().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"type\":\"welcome\",\"userId\":\"u\",\"lastEventId\":9} | welcome | 9",
            "{\"type\":\"heartbeat\"} | heartbeat | 0",
            "{\"type\":\"pong\"} | pong | 0",
            "not json | invalid | 0",
            "{\"no\":\"type\"} | invalid | 0",
            "[1,2] | invalid | 0"})
    void readsEveryFrameTypeLeniently(String text, String type, long eventId) {
        ServerFrame frame = ServerFrame.parse(text);
        assertEquals(type, frame.type());
        assertEquals(eventId, frame.eventId());
    }

    @Test
    void anErrorCarriesItsCodeAndMessage() {
        ServerFrame frame = ServerFrame.parse("{\"type\":\"error\",\"code\":\"bad_frame\",\"message\":\"unknown op\"}");
        assertEquals("bad_frame: unknown op", frame.message());
        assertNull(frame.clientId());
    }
}
