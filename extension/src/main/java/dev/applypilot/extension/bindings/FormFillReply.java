package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** The content script's answer to {@code autofill} / {@code undoAutofill}: counts and the time spent in the page. */
public abstract class FormFillReply implements JSObject {
    @JSBody(params = {"type", "filled", "abstained", "skipped", "ms"}, script =
            "return {type: type, filled: filled, abstained: abstained, skipped: skipped, ms: ms, frame: location.href};")
    public static native FormFillReply of(String type, int filled, int abstained, int skipped, double ms);

    @JSBody(params = {"key", "value"}, script = "this[key] = value; return this;")
    public native FormFillReply with(String key, double value);
}
