package dev.applypilot.shared.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonParserTest {

    @Test
    void parsesNestedStructuresKeepingMemberOrder() {
        JsonValue v = JsonParser.parse(" {\"b\": [1, 2.5e3, -0.1], \"a\": {\"t\": true, \"f\": false, \"n\": null}, \"s\": \"x\"} ");
        assertEquals(List.of("b", "a", "s"), List.copyOf(v.members().keySet()));
        assertEquals("2.5e3", v.get("b").at(1).text().orElseThrow());
        assertEquals(2500.0, v.get("b").at(1).number().orElseThrow());
        assertEquals(JsonBool.TRUE, v.get("a").get("t"));
        assertTrue(v.get("a").get("n").isNull());
        assertEquals(new JsonString("x"), v.get("s"));
    }

    @Test
    void decodesEscapesIncludingSurrogatePairs() {
        JsonValue v = JsonParser.parse("\"a\\\"b\\\\c\\/d\\n\\u00e9\\ud83d\\ude00\"");
        assertEquals("a\"b\\c/d\n\u00e9\ud83d\ude00", v.text().orElseThrow());
    }

    @Test
    void navigationOnMissingOrWrongTypesYieldsNullInsteadOfThrowing() {
        JsonValue v = JsonParser.parse("{\"a\": [1]}");
        assertTrue(v.get("missing").get("deeper").at(3).isNull());
        assertTrue(v.get("a").get("x").isNull());
        assertTrue(v.at(0).isNull());
        assertEquals(Map.of(), v.get("a").members());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\":1,}        | 7",
        "[1,2             | 4",
        "01               | 1",
        "\"abc            | 4",
        "{\"a\" 1}        | 5",
        "[1] x            | 4",
        "tru              | 0",
        "\"\\x\"          | 1",
        "{\"a\":1,\"a\":2} | 7",
        "-                | 0",
        "1.               | 0",
        "NaN              | 0"
    })
    void rejectsMalformedInputWithThePositionOfTheProblem(String json, int position) {
        JsonParseException e = assertThrows(JsonParseException.class, () -> JsonParser.parse(json.trim()));
        assertEquals(position, e.position(), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "// comment\n1", "'single'", "[1,]", "\"tab\there\""})
    void rejectsWhatRfc8259DoesNotAllow(String json) {
        assertThrows(JsonParseException.class, () -> JsonParser.parse(json));
    }

    @Test
    void deepNestingFailsCleanlyAtTheDepthLimit() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        JsonParseException e = assertThrows(JsonParseException.class, () -> JsonParser.parse(deep));
        assertEquals(JsonLimits.DEFAULT.maxDepth(), e.position());
        assertEquals(1, JsonParser.parse("[[[1]]]", new JsonLimits(3, 100)).at(0).at(0).at(0).number().orElseThrow().intValue());
    }

    @Test
    void oversizedInputIsRejectedBeforeParsing() {
        assertThrows(JsonParseException.class, () -> JsonParser.parse("[" + "1,".repeat(60) + "1]", new JsonLimits(10, 100)));
    }

    @Test
    void numbersKeepTheirExactLexeme() {
        assertEquals("12345678901234567890", JsonParser.parse("12345678901234567890").toJson());
        assertEquals("1E+2", JsonParser.parse("1E+2").toJson());
    }
}
