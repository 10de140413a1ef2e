package dev.applypilot.shared.sync;

import dev.applypilot.shared.json.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SyncFramesTest {

    @Test
    void everyFrameSurvivesARoundTrip() {
        List<SyncFrame> frames = List.of(
                new SyncFrame.Hello(42),
                new SyncFrame.Ping(),
                new SyncFrame.Write("c-1", "job.save", JsonParser.parse("{\"job\":{\"title\":\"Dev\"}}")),
                new SyncFrame.Welcome("u-1", 7),
                new SyncFrame.Event(9007199254740991L, "job.saved", "2026-01-02T03:04:05Z", JsonParser.parse("{\"a\":[1,2]}")),
                new SyncFrame.Ack("c-1", JsonParser.parse("{\"duplicate\":true}")),
                new SyncFrame.Pong(),
                new SyncFrame.Heartbeat(),
                new SyncFrame.Error("invalid_frame", "bad", "c-2"),
                new SyncFrame.Error("malformed_json", "bad", null));
        for (SyncFrame frame : frames) {
            assertEquals(frame, SyncFrames.read(SyncFrames.write(frame)), frame.type());
        }
    }

    @Test
    void writesTheContractShape() {
        assertEquals("{\"type\":\"hello\",\"lastEventId\":0}", SyncFrames.write(new SyncFrame.Hello(0)));
        assertEquals("{\"type\":\"event\",\"id\":3,\"kind\":\"job.saved\",\"payload\":{}}",
                SyncFrames.write(new SyncFrame.Event(3, "job.saved", null, JsonParser.parse("{}"))));
    }

    @Test
    void helloWithoutLastEventIdMeansANewClient() {
        assertEquals(new SyncFrame.Hello(0), SyncFrames.read("{\"type\":\"hello\"}"));
    }

    @Test
    void unknownMembersAreIgnored() {
        assertEquals(new SyncFrame.Ping(), SyncFrames.read("{\"type\":\"ping\",\"extra\":{\"x\":1}}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not json                                      | malformed_json",
            "{\"type\":\"hello\",                          | malformed_json",
            "[1,2]                                         | invalid_frame",
            "{}                                            | invalid_frame",
            "{\"type\":7}                                  | invalid_frame",
            "{\"type\":\"teleport\"}                       | unknown_type",
            "{\"type\":\"hello\",\"lastEventId\":-1}       | invalid_frame",
            "{\"type\":\"hello\",\"lastEventId\":1.5}      | invalid_frame",
            "{\"type\":\"hello\",\"lastEventId\":\"3\"}    | invalid_frame",
            "{\"type\":\"write\",\"op\":\"job.save\"}      | invalid_frame",
            "{\"type\":\"write\",\"clientId\":\"\",\"op\":\"x\"} | invalid_frame",
    })
    void malformedFramesAreRejectedWithACode(String text, String code) {
        SyncFrameException e = assertThrows(SyncFrameException.class, () -> SyncFrames.read(text));
        assertEquals(code, e.code());
    }

    @Test
    void deeplyNestedPayloadsAreRefused() {
        String deep = "{\"type\":\"write\",\"clientId\":\"c\",\"op\":\"x\",\"payload\":" + "[".repeat(100) + "]".repeat(100) + "}";
        assertEquals("malformed_json", assertThrows(SyncFrameException.class, () -> SyncFrames.read(deep)).code());
    }
}
