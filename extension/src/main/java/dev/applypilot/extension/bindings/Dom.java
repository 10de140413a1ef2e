package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;

/** The few DOM reads and writes the contexts need, kept here so the rest stays plain Java. */
public final class Dom {
    private Dom() {
    }

    @JSBody(params = {"id", "text"}, script = "var el = document.getElementById(id); if (el) { el.textContent = text; }")
    public static native void setText(String id, String text);

    @JSBody(script = "return location.href;")
    public static native String pageUrl();

    @JSBody(script = "return document.forms.length;")
    public static native int formCount();
}
