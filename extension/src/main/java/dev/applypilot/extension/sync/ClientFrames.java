package dev.applypilot.extension.sync;

import dev.applypilot.shared.json.JsonNumber;
import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonString;
import dev.applypilot.shared.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** Frames the extension sends on the sync socket (see CONTRACT.md). */
public final class ClientFrames {
    private ClientFrames() {
    }

    public static String hello(long lastEventId) {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        m.put("type", new JsonString("hello"));
        m.put("lastEventId", JsonNumber.of(lastEventId));
        return new JsonObject(m).toJson();
    }

    public static String ping() {
        return new JsonObject(Map.of("type", new JsonString("ping"))).toJson();
    }

    public static String write(OutboxEntry entry) {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        m.put("type", new JsonString("write"));
        m.put("clientId", new JsonString(entry.clientId()));
        m.put("op", new JsonString(entry.op()));
        m.put("payload", entry.payload());
        return new JsonObject(m).toJson();
    }
}
