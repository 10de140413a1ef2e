package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** {@code setTimeout}/{@code setInterval}: fine while the worker lives; alarms cover the rest. */
public final class Timers {
    private Timers() {
    }

    @JSFunctor
    public interface Task extends JSObject {
        void run();
    }

    @JSBody(params = {"task", "millis"}, script = "return setTimeout(function () { task(); }, millis);")
    public static native int later(Task task, int millis);

    @JSBody(params = {"task", "millis"}, script = "return setInterval(function () { task(); }, millis);")
    public static native int every(Task task, int millis);

    @JSBody(params = "id", script = "clearTimeout(id); clearInterval(id);")
    public static native void cancel(int id);
}
