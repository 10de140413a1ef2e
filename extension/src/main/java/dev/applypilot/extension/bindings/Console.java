package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;

/** Diagnostics in the context's console (never tokens or page content). */
public final class Console {
    private Console() {
    }

    @JSBody(params = "text", script = "console.info('[ApplyPilot] ' + text);")
    public static native void info(String text);
}
