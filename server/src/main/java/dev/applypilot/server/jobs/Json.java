package dev.applypilot.server.jobs;

import dev.applypilot.shared.json.JsonArray;
import dev.applypilot.shared.json.JsonBool;
import dev.applypilot.shared.json.JsonNull;
import dev.applypilot.shared.json.JsonNumber;
import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonString;
import dev.applypilot.shared.json.JsonValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds response bodies with the shared JSON tree, so jobs go over REST, WebSocket and the event log in exactly
 * the form {@code JobPostingJson} defines for the extension.
 */
public final class Json {
    private Json() {
    }

    /** An object from alternating keys and values; see {@link #value} for the value types. */
    public static JsonObject object(Object... keysAndValues) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            members.put((String) keysAndValues[i], value(keysAndValues[i + 1]));
        }
        return new JsonObject(members);
    }

    /** Adds or replaces members of an object. */
    public static JsonObject with(JsonValue object, Object... keysAndValues) {
        Map<String, JsonValue> members = new LinkedHashMap<>(object.members());
        members.putAll(object(keysAndValues).members());
        return new JsonObject(members);
    }

    public static JsonValue value(Object value) {
        if (value == null) {
            return JsonNull.NULL;
        } else if (value instanceof JsonValue json) {
            return json;
        } else if (value instanceof Boolean b) {
            return JsonBool.of(b);
        } else if (value instanceof Integer || value instanceof Long) {
            return JsonNumber.of(((Number) value).longValue());
        } else if (value instanceof Number number) {
            return JsonNumber.of(number.doubleValue());
        } else if (value instanceof Enum<?> e) {
            return new JsonString(e.name());
        } else if (value instanceof List<?> list) {
            List<JsonValue> elements = new ArrayList<>();
            list.forEach(element -> elements.add(value(element)));
            return new JsonArray(elements);
        } else if (value instanceof Map<?, ?> map) {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            map.forEach((k, v) -> members.put(k.toString(), value(v)));
            return new JsonObject(members);
        } else if (value instanceof Instant || value instanceof UUID || value instanceof CharSequence) {
            return new JsonString(value.toString());
        }
        throw new IllegalArgumentException("No JSON form for " + value.getClass());
    }
}
