package dev.applypilot.shared.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Property and fuzz tests: written JSON parses back to the same tree; garbage never escapes as another exception. */
class JsonRoundTripProperties {

    @Property(tries = 300)
    void writeThenParseGivesTheSameTree(@ForAll("trees") JsonValue tree) {
        assertEquals(tree, JsonParser.parse(JsonWriter.write(tree)));
    }

    @Property(tries = 2000)
    void arbitraryTextEitherParsesOrFailsWithAParseException(@ForAll("jsonishText") String text) {
        try {
            JsonValue value = JsonParser.parse(text);
            assertEquals(value, JsonParser.parse(value.toJson()));
        } catch (JsonParseException expected) {
            // the only failure mode allowed
        }
    }

    @Property(tries = 500)
    void mutatedValidJsonNeverThrowsAnythingElse(@ForAll("trees") JsonValue tree, @ForAll long seed) {
        StringBuilder json = new StringBuilder(tree.toJson());
        Random random = new Random(seed);
        String alphabet = "{}[]\",:\\0123456789.eE+-tfnul \n";
        for (int i = 0; i < 3 && json.length() > 0; i++) {
            json.setCharAt(random.nextInt(json.length()), alphabet.charAt(random.nextInt(alphabet.length())));
        }
        try {
            JsonParser.parse(json.toString());
        } catch (JsonParseException expected) {
            // fine
        }
    }

    @Provide
    Arbitrary<String> jsonishText() {
        return Arbitraries.strings().withChars("{}[]\",:\\0123456789.eE+-tfnulr \n\u00e9").ofMaxLength(40);
    }

    @Provide
    Arbitrary<JsonValue> trees() {
        return Arbitraries.longs().map(seed -> randomTree(new Random(seed), 0));
    }

    private static JsonValue randomTree(Random r, int depth) {
        int kind = r.nextInt(depth > 4 ? 4 : 6);
        switch (kind) {
            case 0:
                return JsonNull.NULL;
            case 1:
                return JsonBool.of(r.nextBoolean());
            case 2:
                return r.nextBoolean() ? JsonNumber.of(r.nextLong()) : JsonNumber.of(r.nextDouble() * 1e6 - 5e5);
            case 3:
                return new JsonString(randomString(r));
            case 4: {
                List<JsonValue> elements = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    elements.add(randomTree(r, depth + 1));
                }
                return new JsonArray(elements);
            }
            default: {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    members.put(randomString(r), randomTree(r, depth + 1));
                }
                return new JsonObject(members);
            }
        }
    }

    private static String randomString(Random r) {
        StringBuilder s = new StringBuilder();
        for (int i = r.nextInt(8); i > 0; i--) {
            s.append((char) (r.nextBoolean() ? 32 + r.nextInt(95) : r.nextInt(0x3000)));
        }
        return s.toString();
    }
}
