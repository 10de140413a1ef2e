package dev.applypilot.shared.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON object; member order is kept as written. Duplicate keys are rejected by the parser. */
public record JsonObject(Map<String, JsonValue> members) implements JsonValue {

    public JsonObject {
        members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    @Override
    public JsonValue get(String key) {
        JsonValue value = members.get(key);
        return value == null ? JsonNull.NULL : value;
    }

    @Override
    public String toString() {
        return toJson();
    }
}
