package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The small "Save job" button shown on job pages. It lives in a shadow root with its own styles, so the page's
 * CSS cannot restyle or hide it, and ours cannot leak into the page.
 */
public abstract class InPageButton implements JSObject {
    @JSFunctor
    public interface Clicked extends JSObject {
        void clicked();
    }

    /** Adds the button (once per document) and returns it. */
    @JSBody(params = {"label", "clicked"}, script = "var host = document.getElementById('applypilot-save-host');"
            + " if (host) { host.remove(); }"
            + " host = document.createElement('div'); host.id = 'applypilot-save-host';"
            + " host.style.cssText = 'all: initial; position: fixed; z-index: 2147483647; right: 16px; bottom: 16px;';"
            + " var root = host.attachShadow({mode: 'open'});"
            + " var style = document.createElement('style');"
            + " style.textContent = 'button { all: initial; box-sizing: border-box; font: 600 14px/1.2 system-ui, sans-serif;"
            + " color: #fff; background: #2453d6; border-radius: 20px; padding: 10px 16px; cursor: pointer;"
            + " box-shadow: 0 2px 8px rgba(0,0,0,.25); } button:focus-visible { outline: 3px solid #f5b400; outline-offset: 2px; }"
            + " button[disabled] { background: #3a7d44; cursor: default; }';"
            + " var button = document.createElement('button'); button.type = 'button'; button.textContent = label;"
            + " button.setAttribute('part', 'save');"
            + " button.addEventListener('click', function (event) { event.preventDefault(); event.stopPropagation(); clicked(); });"
            + " root.appendChild(style); root.appendChild(button);"
            + " (document.body || document.documentElement).appendChild(host);"
            + " return button;")
    public static native InPageButton show(String label, Clicked clicked);

    @JSBody(params = {"label", "done"}, script = "this.textContent = label; this.disabled = done;")
    public native void update(String label, boolean done);
}
