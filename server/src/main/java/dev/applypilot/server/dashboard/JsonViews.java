package dev.applypilot.server.dashboard;

import dev.applypilot.shared.json.JsonArray;
import dev.applypilot.shared.json.JsonBool;
import dev.applypilot.shared.json.JsonNumber;
import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonString;
import dev.applypilot.shared.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tracker services answer in the shared JSON tree; templates read plain maps, lists and scalars. */
final class JsonViews {
    private JsonViews() {
    }

    static Object plain(JsonValue value) {
        if (value instanceof JsonObject object) {
            Map<String, Object> map = new LinkedHashMap<>();
            object.members().forEach((key, member) -> map.put(key, plain(member)));
            return map;
        }
        if (value instanceof JsonArray array) {
            List<Object> list = new ArrayList<>();
            array.elements().forEach(element -> list.add(plain(element)));
            return list;
        }
        if (value instanceof JsonNumber number) {
            String lexeme = number.lexeme();
            boolean integral = lexeme.indexOf('.') < 0 && lexeme.indexOf('e') < 0 && lexeme.indexOf('E') < 0;
            return integral ? (Object) Long.parseLong(lexeme) : (Object) number.doubleValue();
        }
        if (value instanceof JsonBool bool) {
            return Boolean.parseBoolean(bool.text().orElse("false"));
        }
        if (value instanceof JsonString string) {
            return string.text().orElse("");
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(JsonValue value) {
        Object plain = plain(value);
        return plain instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
