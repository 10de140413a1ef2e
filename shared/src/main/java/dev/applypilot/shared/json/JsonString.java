package dev.applypilot.shared.json;

import java.util.Objects;
import java.util.Optional;

/** A JSON string (already unescaped). */
public record JsonString(String value) implements JsonValue {

    public JsonString {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public Optional<String> text() {
        return Optional.of(value);
    }

    @Override
    public Optional<Double> number() {
        String trimmed = value.trim();
        if (!JsonNumber.isValidLexeme(trimmed)) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(trimmed));
    }

    @Override
    public String toString() {
        return toJson();
    }
}
