package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * {@code chrome.storage}: every value is stored as a string (callers keep JSON in it). {@code LOCAL} survives
 * restarts (refresh token, outbox, event number, saved-job cache); {@code SESSION} lives until the browser
 * closes and is never written to disk (access token).
 */
public final class ChromeStorage {
    public static final String LOCAL = "local";
    public static final String SESSION = "session";

    private ChromeStorage() {
    }

    @JSFunctor
    public interface ValuesCallback extends JSObject {
        void got(Values values);
    }

    @JSFunctor
    public interface Done extends JSObject {
        void done();
    }

    /** A snapshot of an area: key to string value. */
    public abstract static class Values implements JSObject {
        @JSBody(params = "key", script = "var value = this[key]; return value === undefined || value === null ? null : String(value);")
        public native String text(String key);
    }

    @JSBody(params = {"area", "callback"}, script = "chrome.storage[area].get(null, function (items) { callback(items || {}); });")
    public static native void getAll(String area, ValuesCallback callback);

    @JSBody(params = {"area", "key", "value", "done"}, script = "var items = {}; items[key] = value;"
            + " chrome.storage[area].set(items, function () { done(); });")
    public static native void set(String area, String key, String value, Done done);

    @JSBody(params = {"area", "key", "done"}, script = "chrome.storage[area].remove(key, function () { done(); });")
    public static native void remove(String area, String key, Done done);

    @JSBody(params = {"area", "done"}, script = "chrome.storage[area].clear(function () { done(); });")
    public static native void clear(String area, Done done);

    public static void set(String area, String key, String value) {
        set(area, key, value, () -> { });
    }

    public static void remove(String area, String key) {
        remove(area, key, () -> { });
    }
}
