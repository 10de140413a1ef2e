package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** A message between contexts: a plain JS object with a {@code type} and string fields. */
public abstract class Message implements JSObject {
    @JSProperty
    public abstract String getType();

    @JSBody(params = "type", script = "return {type: type};")
    public static native Message of(String type);

    @JSBody(params = "key", script = "var value = this[key]; return value === undefined || value === null ? null : String(value);")
    public native String text(String key);

    @JSBody(params = "type", script = "this.type = type; return this;")
    public native Message withType(String type);

    @JSBody(params = {"key", "value"}, script = "this[key] = value; return this;")
    public native Message with(String key, String value);
}
