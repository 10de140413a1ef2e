package dev.applypilot.shared.json;

import java.util.Optional;

/**
 * A JSON number, kept as its exact lexeme so that large integers and ids survive a round trip
 * unchanged; {@link #doubleValue()} converts on demand.
 */
public record JsonNumber(String lexeme) implements JsonValue {

    public JsonNumber {
        if (!isValidLexeme(lexeme)) {
            throw new IllegalArgumentException("not a JSON number: " + lexeme);
        }
    }

    public static JsonNumber of(long value) {
        return new JsonNumber(Long.toString(value));
    }

    /** A number from a finite double; integral values are written without a fraction. */
    public static JsonNumber of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no NaN or infinity");
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return new JsonNumber(Long.toString((long) value));
        }
        return new JsonNumber(Double.toString(value).replace('E', 'e'));
    }

    public double doubleValue() {
        return Double.parseDouble(lexeme);
    }

    @Override
    public Optional<String> text() {
        return Optional.of(lexeme);
    }

    @Override
    public Optional<Double> number() {
        return Optional.of(doubleValue());
    }

    @Override
    public String toString() {
        return lexeme;
    }

    /** True when {@code s} is exactly one number per RFC 8259 (e.g. no leading zeros, no '+'). */
    static boolean isValidLexeme(String s) {
        return s != null && !s.isEmpty() && JsonParser.numberEnd(s, 0) == s.length();
    }
}
