package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;

/** The browser's local calendar (Java time zones stay out of the scripts). */
public final class Clock {
    private Clock() {
    }

    /** Epoch millis of today's local midnight. */
    @JSBody(script = "var now = new Date(); now.setHours(0, 0, 0, 0); return now.getTime();")
    public static native double startOfToday();
}
