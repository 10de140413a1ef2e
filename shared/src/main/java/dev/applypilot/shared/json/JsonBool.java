package dev.applypilot.shared.json;

import java.util.Optional;

/** JSON {@code true} or {@code false}. */
public record JsonBool(boolean value) implements JsonValue {

    public static final JsonBool TRUE = new JsonBool(true);
    public static final JsonBool FALSE = new JsonBool(false);

    public static JsonBool of(boolean value) {
        return value ? TRUE : FALSE;
    }

    @Override
    public Optional<String> text() {
        return Optional.of(Boolean.toString(value));
    }

    @Override
    public String toString() {
        return toJson();
    }
}
