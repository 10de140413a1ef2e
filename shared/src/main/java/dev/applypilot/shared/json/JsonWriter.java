package dev.applypilot.shared.json;

import java.util.Map;

/** Writes compact JSON. Output is safe to embed in an HTML {@code <script>} (no raw "</"). */
public final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonWriter() {
    }

    public static String write(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(JsonValue value, StringBuilder out) {
        if (value instanceof JsonObject object) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString(member.getKey(), out);
                out.append(':');
                write(member.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof JsonArray array) {
            out.append('[');
            for (int i = 0; i < array.elements().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(array.elements().get(i), out);
            }
            out.append(']');
        } else if (value instanceof JsonString string) {
            writeString(string.value(), out);
        } else if (value instanceof JsonNumber number) {
            out.append(number.lexeme());
        } else if (value instanceof JsonBool bool) {
            out.append(bool.value() ? "true" : "false");
        } else {
            out.append("null");
        }
    }

    /** Copies runs of characters that need no escaping in one append each: most strings are one run. */
    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        int copied = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '/' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            // Escaping "</" keeps the text inert inside an HTML script element.
            if (c == '/' && (i == 0 || s.charAt(i - 1) != '<')) {
                continue;
            }
            out.append(s, copied, i);
            copied = i + 1;
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                case '/': out.append("\\/"); break;
                default:
                    out.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15])
                            .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
            }
        }
        out.append(s, copied, s.length());
        out.append('"');
    }
}
