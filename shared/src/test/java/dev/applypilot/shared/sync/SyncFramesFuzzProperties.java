package dev.applypilot.shared.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.applypilot.shared.json.JsonParser;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever arrives on the socket, decoding either yields a frame or throws its one declared exception. */
class SyncFramesFuzzProperties {
    private static final List<SyncFrame> VALID = List.of(new SyncFrame.Hello(42), new SyncFrame.Ping(),
            new SyncFrame.Write("c-1", "job.save", JsonParser.parse("{\"title\":\"Engineer\",\"tags\":[\"a\",\"b\"]}")),
            new SyncFrame.Welcome("u-1", 7), new SyncFrame.Event(9, "job.saved", "2026-11-01T00:00:00Z", JsonParser.parse("{\"id\":\"j\"}")),
            new SyncFrame.Ack("c-1", JsonParser.parse("{\"ok\":true}")), new SyncFrame.Pong(), new SyncFrame.Heartbeat(),
            new SyncFrame.Error("bad", "Bad frame", null));

    @Property(tries = 3000)
    void mutatedFramesDecodeOrFailWithSyncFrameException(@ForAll @IntRange(min = 0, max = 8) int which, @ForAll long seed,
                                                         @ForAll @IntRange(min = 1, max = 6) int mutations) {
        StringBuilder text = new StringBuilder(SyncFrames.write(VALID.get(which)));
        Random random = new Random(seed);
        String alphabet = "{}[]\",:\\0123456789.eE+-tfnul \n\u0000\uD800\u00e9";
        for (int i = 0; i < mutations && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 1 -> text.deleteCharAt(at);
                default -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        decodeOrDeclaredFailure(text.toString());
    }

    @Property(tries = 2000)
    void arbitraryTextDecodesOrFailsWithSyncFrameException(@ForAll("frameish") String text) {
        decodeOrDeclaredFailure(text);
    }

    @Property(tries = 300)
    void wrongMemberTypesAreDeclaredFailures(@ForAll("types") String type, @ForAll("members") String member,
                                             @ForAll("values") String value) {
        decodeOrDeclaredFailure("{\"type\":\"" + type + "\",\"" + member + "\":" + value + "}");
    }

    @Property(tries = 300)
    void validFramesRoundTrip(@ForAll @IntRange(min = 0, max = 8) int which) {
        SyncFrame frame = VALID.get(which);
        assertEquals(frame, SyncFrames.read(SyncFrames.write(frame)));
    }

    @Example
    void deepNestingAndMegabyteFramesAreRefusedQuickly() {
        String deep = "{\"type\":\"write\",\"clientId\":\"c\",\"op\":\"x\",\"payload\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        String huge = "{\"type\":\"write\",\"clientId\":\"c\",\"op\":\"x\",\"payload\":\"" + "a".repeat(1024 * 1024) + "\"}";
        String manyKeys = "{\"type\":\"ping\"" + ",\"k\":1".repeat(200_000) + "}";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            decodeOrDeclaredFailure(deep);
            decodeOrDeclaredFailure(huge);
            decodeOrDeclaredFailure(manyKeys);
        });
    }

    private static void decodeOrDeclaredFailure(String text) {
        try {
            SyncFrame frame = SyncFrames.read(text);
            assertEquals(frame, SyncFrames.read(SyncFrames.write(frame)), "a decoded frame re-encodes to itself");
        } catch (SyncFrameException expected) {
            // the one declared failure
        }
    }

    @Provide
    Arbitrary<String> frameish() {
        return Arbitraries.strings().withChars("{}[]\",:\\0123456789.eE+-tfnul typehlowrickvn\u0000\uD800").ofMaxLength(200);
    }

    @Provide
    Arbitrary<String> types() {
        return Arbitraries.of("hello", "ping", "write", "welcome", "event", "ack", "pong", "heartbeat", "error", "", "HELLO");
    }

    @Provide
    Arbitrary<String> members() {
        return Arbitraries.of("lastEventId", "clientId", "op", "payload", "userId", "id", "kind", "createdAt", "result", "code", "message");
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.of("null", "true", "1", "-1", "1.5", "1e400", "9223372036854775808", "-9223372036854775809", "\"\"",
                "\"x\"", "[]", "{}", "[1,2]", "{\"a\":null}", "\"\\ud800\"", "0.0000001", "18446744073709551616");
    }
}
