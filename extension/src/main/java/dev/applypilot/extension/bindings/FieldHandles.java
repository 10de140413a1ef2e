package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** The JS array {@link FormDom#scan()} returns. */
public abstract class FieldHandles implements JSObject {
    @JSBody(script = "return this.length;")
    public native int count();

    @JSBody(params = "i", script = "return this[i];")
    public native FieldHandle get(int i);
}
