package dev.applypilot.server.generation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Prompt templates from {@code generation/*.txt} with {@code {{name}}} placeholders. */
final class Prompts {
    private Prompts() {
    }

    static String load(String name) {
        try (InputStream in = Prompts.class.getClassLoader().getResourceAsStream("generation/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("missing prompt template generation/" + name + ".txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fill(String name, Map<String, String> values) {
        String text = load(name);
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return text;
    }
}
