package dev.applypilot.shared.json;

import java.util.List;

/** JSON {@code null}; also what navigation returns for a missing member or element. */
public enum JsonNull implements JsonValue {
    NULL;

    @Override
    public List<JsonValue> elements() {
        return List.of();
    }

    @Override
    public boolean isNull() {
        return true;
    }

    @Override
    public String toString() {
        return "null";
    }
}
