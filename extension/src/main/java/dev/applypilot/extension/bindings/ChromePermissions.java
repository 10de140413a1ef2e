package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** Asks for access to a self-hosted server's origin (optional host permission; needs a user gesture). */
public final class ChromePermissions {
    private ChromePermissions() {
    }

    @JSFunctor
    public interface Granted extends JSObject {
        void granted(boolean granted);
    }

    @JSBody(params = {"originPattern", "callback"}, script = "chrome.permissions.request({origins: [originPattern]},"
            + " function (ok) { if (chrome.runtime.lastError) { ok = false; } callback(!!ok); });")
    public static native void request(String originPattern, Granted callback);
}
