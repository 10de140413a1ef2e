package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;

/**
 * Marks the frame as running the autofill engine. The background's probe ({@link ChromeScripting#injectAutofill})
 * reads the same flag, and two injections racing into one frame (popup opening while the shortcut fills) start
 * only one engine. Content scripts and injected scripts of the extension share one isolated-world {@code window}.
 */
public final class AutofillEngine {
    static final String RUNNING_FLAG = "__applypilotAutofill";

    private AutofillEngine() {
    }

    /** True for the first caller in this frame, false when an engine already runs here. */
    @JSBody(script = "if (window." + RUNNING_FLAG + ") { return false; } window." + RUNNING_FLAG + " = true; return true;")
    public static native boolean claimFrame();
}
