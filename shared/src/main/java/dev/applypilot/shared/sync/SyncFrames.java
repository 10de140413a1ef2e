package dev.applypilot.shared.sync;

import dev.applypilot.shared.json.JsonLimits;
import dev.applypilot.shared.json.JsonNumber;
import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonParseException;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonString;
import dev.applypilot.shared.json.JsonValue;
import dev.applypilot.shared.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes {@link SyncFrame}s as compact JSON text, e.g. {@code {"type":"hello","lastEventId":0}}.
 * Reading is strict about what it needs (type, ids) and ignores unknown members, so newer peers can add fields.
 */
public final class SyncFrames {

    /** Frames are small; a job payload with a long description is the largest expected. */
    public static final JsonLimits LIMITS = new JsonLimits(64, 1024 * 1024);

    private SyncFrames() {
    }

    public static String write(SyncFrame frame) {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        m.put("type", new JsonString(frame.type()));
        if (frame instanceof SyncFrame.Hello hello) {
            m.put("lastEventId", JsonNumber.of(hello.lastEventId()));
        } else if (frame instanceof SyncFrame.Write write) {
            m.put("clientId", new JsonString(write.clientId()));
            m.put("op", new JsonString(write.op()));
            m.put("payload", write.payload());
        } else if (frame instanceof SyncFrame.Welcome welcome) {
            m.put("userId", new JsonString(welcome.userId()));
            m.put("lastEventId", JsonNumber.of(welcome.lastEventId()));
        } else if (frame instanceof SyncFrame.Event event) {
            m.put("id", JsonNumber.of(event.id()));
            m.put("kind", new JsonString(event.kind()));
            if (event.createdAt() != null) {
                m.put("createdAt", new JsonString(event.createdAt()));
            }
            m.put("payload", event.payload());
        } else if (frame instanceof SyncFrame.Ack ack) {
            m.put("clientId", new JsonString(ack.clientId()));
            m.put("result", ack.result());
        } else if (frame instanceof SyncFrame.Error error) {
            m.put("code", new JsonString(error.code()));
            if (error.message() != null) {
                m.put("message", new JsonString(error.message()));
            }
            if (error.clientId() != null) {
                m.put("clientId", new JsonString(error.clientId()));
            }
        }
        return JsonWriter.write(new JsonObject(m));
    }

    /**
     * Parses one frame.
     *
     * @throws SyncFrameException when the text is not JSON, has no known type or lacks a required member
     */
    public static SyncFrame read(String text) {
        JsonValue json;
        try {
            json = JsonParser.parse(text, LIMITS);
        } catch (JsonParseException e) {
            throw new SyncFrameException("malformed_json", "The frame is not valid JSON: " + e.getMessage());
        }
        if (!(json instanceof JsonObject)) {
            throw new SyncFrameException("invalid_frame", "A frame must be a JSON object.");
        }
        String type = string(json, "type", true);
        switch (type) {
            case "hello":
                return new SyncFrame.Hello(json.get("lastEventId").isNull() ? 0 : id(json, "lastEventId"));
            case "ping":
                return new SyncFrame.Ping();
            case "write":
                return new SyncFrame.Write(string(json, "clientId", true), string(json, "op", true), json.get("payload"));
            case "welcome":
                return new SyncFrame.Welcome(string(json, "userId", true), id(json, "lastEventId"));
            case "event":
                return new SyncFrame.Event(id(json, "id"), string(json, "kind", true), string(json, "createdAt", false),
                        json.get("payload"));
            case "ack":
                return new SyncFrame.Ack(string(json, "clientId", true), json.get("result"));
            case "pong":
                return new SyncFrame.Pong();
            case "heartbeat":
                return new SyncFrame.Heartbeat();
            case "error":
                return new SyncFrame.Error(string(json, "code", true), string(json, "message", false),
                        string(json, "clientId", false));
            default:
                throw new SyncFrameException("unknown_type", "Unknown frame type \"" + type + "\".");
        }
    }

    private static String string(JsonValue json, String key, boolean required) {
        JsonValue value = json.get(key);
        if (value instanceof JsonString s && !s.value().isEmpty()) {
            return s.value();
        }
        if (required) {
            throw new SyncFrameException("invalid_frame", "The frame needs a non-empty string \"" + key + "\".");
        }
        return null;
    }

    /** A non-negative integral id; ids stay below 2^53 so they survive JavaScript numbers. */
    private static long id(JsonValue json, String key) {
        JsonValue value = json.get(key);
        if (value instanceof JsonNumber number) {
            double d = number.doubleValue();
            if (d >= 0 && d == Math.rint(d) && d <= 9007199254740991d) {
                return (long) d;
            }
        }
        throw new SyncFrameException("invalid_frame", "\"" + key + "\" must be a non-negative integer.");
    }
}
