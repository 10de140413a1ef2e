package dev.applypilot.shared.json;

import java.util.List;

/** A JSON array. */
public record JsonArray(List<JsonValue> elements) implements JsonValue {

    public JsonArray {
        elements = List.copyOf(elements);
    }

    @Override
    public JsonValue at(int index) {
        return index >= 0 && index < elements.size() ? elements.get(index) : JsonNull.NULL;
    }

    @Override
    public String toString() {
        return toJson();
    }
}
