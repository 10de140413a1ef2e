package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** {@code chrome.alarms}: the only timer that survives the service worker being stopped (it wakes it). */
public final class ChromeAlarms {
    private ChromeAlarms() {
    }

    @JSFunctor
    public interface AlarmListener extends JSObject {
        void fired(String name);
    }

    @JSBody(params = "listener", script = "chrome.alarms.onAlarm.addListener(function (alarm) { listener(alarm.name); });")
    public static native void onAlarm(AlarmListener listener);

    /** One-shot alarm after {@code delayMinutes} (browsers round up to about 30 s). */
    @JSBody(params = {"name", "delayMinutes"}, script = "chrome.alarms.create(name, {delayInMinutes: delayMinutes});")
    public static native void once(String name, double delayMinutes);

    @JSBody(params = {"name", "periodMinutes"}, script = "chrome.alarms.create(name, {periodInMinutes: periodMinutes});")
    public static native void every(String name, double periodMinutes);

    @JSBody(params = "name", script = "chrome.alarms.clear(name);")
    public static native void clear(String name);
}
