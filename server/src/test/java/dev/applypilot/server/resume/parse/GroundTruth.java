package dev.applypilot.server.resume.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expected contact fields for a corpus resume, read from the other parsers' outputs stored beside it:
 * {@code <stem>.rm-parser-output.json} (Resume-Matcher: name/emails/phones lists) and
 * {@code parser-output.<file name>.json} (perminder-klair: name/email). Empty values mean "no truth".
 */
record GroundTruth(String source, Map<String, String> fields) {

    static GroundTruth find(Path resume) throws IOException {
        String fileName = resume.getFileName().toString();
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.indexOf('.')) : fileName;
        Path dir = resume.getParent();
        Path rm = dir.resolve(stem + ".rm-parser-output.json");
        if (Files.exists(rm)) {
            Map<String, Object> json = readObject(rm);
            Map<String, String> fields = new LinkedHashMap<>();
            put(fields, "name", firstOf(json.get("name")));
            put(fields, "email", firstOf(json.get("emails")));
            put(fields, "phone", firstOf(json.get("phones")));
            return new GroundTruth(rm.getFileName().toString(), fields);
        }
        Path output = dir.resolve("parser-output." + fileName + ".json");
        if (Files.exists(output)) {
            Map<String, Object> json = readObject(output);
            Map<String, String> fields = new LinkedHashMap<>();
            put(fields, "name", firstOf(json.get("name")));
            put(fields, "email", firstOf(json.get("email")));
            put(fields, "phone", firstOf(json.get("phone")));
            return new GroundTruth(output.getFileName().toString(), fields);
        }
        return null;
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(key, value);
        }
    }

    private static String firstOf(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.valueOf(list.get(0));
        }
        return value == null ? null : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> readObject(Path path) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(path.toFile())) {
            parser.nextToken();
            return (Map<String, Object>) read(parser);
        }
    }

    private static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                map.put(name, read(parser));
            }
            return map;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                list.add(read(parser));
            }
            return list;
        }
        return token == JsonToken.VALUE_NULL ? null : parser.getText();
    }
}
