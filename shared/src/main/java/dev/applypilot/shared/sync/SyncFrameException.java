package dev.applypilot.shared.sync;

/** A text frame that is not a valid sync frame; {@link #code()} is what the error frame reports. */
public final class SyncFrameException extends RuntimeException {

    private final String code;

    public SyncFrameException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** "malformed_json", "unknown_type" or "invalid_frame". */
    public String code() {
        return code;
    }
}
