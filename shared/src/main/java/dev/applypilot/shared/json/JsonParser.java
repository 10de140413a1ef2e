package dev.applypilot.shared.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict RFC 8259 parser producing a {@link JsonValue} tree. Recursive descent, with nesting bounded by
 * {@link JsonLimits#maxDepth()} so the recursion cannot overflow the stack.
 */
public final class JsonParser {

    private final String input;
    private final JsonLimits limits;
    private int pos;
    private int depth;

    private JsonParser(String input, JsonLimits limits) {
        this.input = input;
        this.limits = limits;
    }

    /** Parses one complete JSON text with {@link JsonLimits#DEFAULT}. */
    public static JsonValue parse(String json) {
        return parse(json, JsonLimits.DEFAULT);
    }

    /** Parses one complete JSON text; anything but whitespace after the value is an error. */
    public static JsonValue parse(String json, JsonLimits limits) {
        if (json == null) {
            throw new JsonParseException("no input", 0);
        }
        if (json.length() > limits.maxLength()) {
            throw new JsonParseException("input longer than " + limits.maxLength() + " chars", limits.maxLength());
        }
        JsonParser parser = new JsonParser(json, limits);
        parser.skipWhitespace();
        JsonValue value = parser.readValue();
        parser.skipWhitespace();
        if (parser.pos != json.length()) {
            throw new JsonParseException("unexpected trailing content", parser.pos);
        }
        return value;
    }

    private JsonValue readValue() {
        if (pos >= input.length()) {
            throw new JsonParseException("unexpected end of input", pos);
        }
        char c = input.charAt(pos);
        switch (c) {
            case '{':
                return readObject();
            case '[':
                return readArray();
            case '"':
                return new JsonString(readString());
            case 't':
                expectWord("true");
                return JsonBool.TRUE;
            case 'f':
                expectWord("false");
                return JsonBool.FALSE;
            case 'n':
                expectWord("null");
                return JsonNull.NULL;
            default:
                return readNumber();
        }
    }

    private JsonObject readObject() {
        enter();
        pos++;
        Map<String, JsonValue> members = new LinkedHashMap<>();
        if (closesEmpty('}')) {
            return new JsonObject(members);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw new JsonParseException("expected a member name", pos);
            }
            int keyStart = pos;
            String key = readString();
            if (members.containsKey(key)) {
                throw new JsonParseException("duplicate member name \"" + key + "\"", keyStart);
            }
            skipWhitespace();
            expect(':');
            skipWhitespace();
            members.put(key, readValue());
            if (closesAfterItem('}')) {
                return new JsonObject(members);
            }
        }
    }

    private JsonArray readArray() {
        enter();
        pos++;
        List<JsonValue> elements = new ArrayList<>();
        if (closesEmpty(']')) {
            return new JsonArray(elements);
        }
        while (true) {
            skipWhitespace();
            elements.add(readValue());
            if (closesAfterItem(']')) {
                return new JsonArray(elements);
            }
        }
    }

    /** Right after an opening bracket: consumes {@code close} of an empty object or array. */
    private boolean closesEmpty(char close) {
        skipWhitespace();
        if (peek() != close) {
            return false;
        }
        pos++;
        depth--;
        return true;
    }

    /** After a member or element: true when {@code close} ends the container, false after a comma. */
    private boolean closesAfterItem(char close) {
        skipWhitespace();
        char c = peek();
        pos++;
        if (c == close) {
            depth--;
            return true;
        }
        if (c != ',') {
            throw new JsonParseException("expected ',' or '" + close + "'", pos - 1);
        }
        return false;
    }

    private void enter() {
        depth++;
        if (depth > limits.maxDepth()) {
            throw new JsonParseException("nesting deeper than " + limits.maxDepth(), pos);
        }
    }

    private String readString() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= input.length()) {
                throw new JsonParseException("unterminated string", pos);
            }
            char c = input.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c < 0x20) {
                throw new JsonParseException("control character in string", pos);
            }
            if (c != '\\') {
                out.append(c);
                pos++;
                continue;
            }
            if (pos + 1 >= input.length()) {
                throw new JsonParseException("unterminated escape", pos);
            }
            char e = input.charAt(pos + 1);
            pos += 2;
            switch (e) {
                case '"': out.append('"'); break;
                case '\\': out.append('\\'); break;
                case '/': out.append('/'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 't': out.append('\t'); break;
                case 'u': out.append(readHex4()); break;
                default: throw new JsonParseException("invalid escape '\\" + e + "'", pos - 2);
            }
        }
    }

    private char readHex4() {
        if (pos + 4 > input.length()) {
            throw new JsonParseException("truncated \\u escape", pos);
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(input.charAt(pos + i), 16);
            if (digit < 0) {
                throw new JsonParseException("invalid hex digit in \\u escape", pos + i);
            }
            value = value * 16 + digit;
        }
        pos += 4;
        return (char) value;
    }

    private JsonNumber readNumber() {
        int end = numberEnd(input, pos);
        if (end < 0) {
            throw new JsonParseException("invalid value", pos);
        }
        String lexeme = input.substring(pos, end);
        pos = end;
        return new JsonNumber(lexeme);
    }

    /**
     * End offset of the number starting at {@code start} per the JSON grammar, or -1 when none starts there.
     * Shared with {@link JsonNumber} so that validation and parsing agree.
     */
    static int numberEnd(String s, int start) {
        int i = start;
        int n = s.length();
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i >= n) {
            return -1;
        }
        if (s.charAt(i) == '0') {
            i++;
        } else if (isDigit(s.charAt(i))) {
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        } else {
            return -1;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            int digits = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == digits) {
                return -1;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int digits = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == digits) {
                return -1;
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void expectWord(String word) {
        if (!input.startsWith(word, pos)) {
            throw new JsonParseException("invalid literal", pos);
        }
        pos += word.length();
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new JsonParseException("expected '" + c + "'", pos);
        }
        pos++;
    }

    /** Current char; running out of input where more is required is always an error. */
    private char peek() {
        if (pos >= input.length()) {
            throw new JsonParseException("unexpected end of input", pos);
        }
        return input.charAt(pos);
    }

    private void skipWhitespace() {
        while (pos < input.length()) {
            char c = input.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }
}
