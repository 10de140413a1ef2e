package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** The few DOM reads and writes the contexts need, kept here so the rest stays plain Java. */
public final class Dom {
    private Dom() {
    }

    @JSFunctor
    public interface Handler extends JSObject {
        void handle();
    }

    @JSBody(params = {"id", "text"}, script = "var el = document.getElementById(id); if (el) { el.textContent = text; }")
    public static native void setText(String id, String text);

    @JSBody(params = "id", script = "var el = document.getElementById(id); return el ? el.value : '';")
    public static native String value(String id);

    @JSBody(params = {"id", "value"}, script = "var el = document.getElementById(id); if (el) { el.value = value; }")
    public static native void setValue(String id, String value);

    @JSBody(params = {"id", "hidden"}, script = "var el = document.getElementById(id); if (el) { el.hidden = hidden; }")
    public static native void setHidden(String id, boolean hidden);

    @JSBody(params = {"id", "disabled"}, script = "var el = document.getElementById(id); if (el) { el.disabled = disabled; }")
    public static native void setDisabled(String id, boolean disabled);

    @JSBody(params = {"id", "href"}, script = "var el = document.getElementById(id); if (el) { el.href = href; }")
    public static native void setHref(String id, String href);

    @JSBody(params = "id", script = "var el = document.getElementById(id); if (el) { el.focus(); }")
    public static native void focus(String id);

    @JSBody(params = {"id", "handler"}, script = "var el = document.getElementById(id);"
            + " if (el) { el.addEventListener('click', function (event) { event.preventDefault(); handler(); }); }")
    public static native void onClick(String id, Handler handler);

    /** Form submission (Enter in a field or the submit button) without navigating. */
    @JSBody(params = {"id", "handler"}, script = "var el = document.getElementById(id);"
            + " if (el) { el.addEventListener('submit', function (event) { event.preventDefault(); handler(); }); }")
    public static native void onSubmit(String id, Handler handler);

    @JSBody(params = "id", script = "var el = document.getElementById(id); if (el) { el.textContent = ''; }")
    public static native void clearOptions(String id);

    @JSBody(params = {"id", "value", "label", "selected"}, script = "var el = document.getElementById(id); if (el) {"
            + " var option = document.createElement('option'); option.value = value; option.textContent = label;"
            + " option.selected = selected; el.appendChild(option); }")
    public static native void addOption(String id, String value, String label, boolean selected);

    @JSBody(script = "return location.href;")
    public static native String pageUrl();

    @JSBody(params = "name", script = "return new URLSearchParams(location.search).get(name);")
    public static native String queryParameter(String name);

    /** Calls {@code handler} (debounced) when the page's content changes, e.g. a single-page app navigates. */
    @JSBody(params = {"handler", "millis"}, script = "var timer = null;"
            + " new MutationObserver(function () { if (timer) { clearTimeout(timer); }"
            + "  timer = setTimeout(function () { timer = null; handler(); }, millis); })"
            + " .observe(document.documentElement, {childList: true, subtree: true});")
    public static native void onChange(Handler handler, int millis);
}
