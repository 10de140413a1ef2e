package dev.applypilot.shared.json;

/**
 * Bounds the parser enforces so that hostile input fails fast with a {@link JsonParseException}
 * instead of overflowing the stack or exhausting memory.
 *
 * @param maxDepth  deepest allowed nesting of arrays and objects
 * @param maxLength longest accepted input, in chars
 */
public record JsonLimits(int maxDepth, int maxLength) {

    /** Generous enough for real JSON-LD and {@code __NEXT_DATA__} blobs (which reach a few MB). */
    public static final JsonLimits DEFAULT = new JsonLimits(256, 16 * 1024 * 1024);

    public JsonLimits {
        if (maxDepth < 1 || maxLength < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
