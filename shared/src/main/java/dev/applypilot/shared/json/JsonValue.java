package dev.applypilot.shared.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable JSON value: one of {@link JsonObject}, {@link JsonArray}, {@link JsonString},
 * {@link JsonNumber}, {@link JsonBool} or {@link JsonNull}.
 *
 * <p>The navigation helpers never throw: asking a non-object for a member or an array for an index out
 * of range yields {@link JsonNull#NULL}, so extraction code can walk untrusted structures without checks.
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBool, JsonNull {

    /** The member named {@code key} of an object, else {@link JsonNull#NULL}. */
    default JsonValue get(String key) {
        return JsonNull.NULL;
    }

    /** The element at {@code index} of an array, else {@link JsonNull#NULL}. */
    default JsonValue at(int index) {
        return JsonNull.NULL;
    }

    /** Members of an object (in document order), or an empty map for other values. */
    default Map<String, JsonValue> members() {
        return Map.of();
    }

    /** Elements of an array, the value itself as a one-element list for scalars and objects, empty for null. */
    default List<JsonValue> elements() {
        return List.of(this);
    }

    /** Text of a string, number or boolean; empty for null, objects and arrays. */
    default Optional<String> text() {
        return Optional.empty();
    }

    /** Numeric value of a number, or of a string holding a JSON number; empty otherwise. */
    default Optional<Double> number() {
        return Optional.empty();
    }

    default boolean isNull() {
        return false;
    }

    /** Compact JSON text of this value. */
    default String toJson() {
        return JsonWriter.write(this);
    }
}
