package dev.applypilot.shared.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void writesCompactJsonWithEscapes() {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        m.put("s", new JsonString("q\"b\\n\n\u0001\u2028"));
        m.put("a", new JsonArray(List.of(JsonNumber.of(1), JsonNumber.of(2.5), JsonBool.FALSE, JsonNull.NULL)));
        assertEquals("{\"s\":\"q\\\"b\\\\n\\n\\u0001\\u2028\",\"a\":[1,2.5,false,null]}", new JsonObject(m).toJson());
    }

    @Test
    void outputCannotCloseAnHtmlScriptElement() {
        String json = new JsonString("</script><script>alert(1)</script>").toJson();
        assertFalse(json.contains("</"));
        assertEquals("</script><script>alert(1)</script>", JsonParser.parse(json).text().orElseThrow());
    }

    @Test
    void escapesAtTheEdgesOfPlainRuns() {
        assertEquals("\"\"", new JsonString("").toJson());
        assertEquals("\"\\\"plain\\\"\"", new JsonString("\"plain\"").toJson());
        assertEquals("\"a/b<\\/c/\\t\"", new JsonString("a/b</c/\t").toJson());
        assertEquals("\"/x<\"", new JsonString("/x<").toJson());
    }
}
