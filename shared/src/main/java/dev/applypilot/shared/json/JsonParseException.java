package dev.applypilot.shared.json;

/** Malformed or over-limit JSON; {@link #position()} is the zero-based char offset of the problem. */
public final class JsonParseException extends RuntimeException {

    private final int position;

    public JsonParseException(String reason, int position) {
        super(reason + " at position " + position);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
