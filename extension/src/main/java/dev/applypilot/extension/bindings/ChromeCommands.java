package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** {@code chrome.commands}: the keyboard shortcuts declared in the manifest. */
public final class ChromeCommands {
    private ChromeCommands() {
    }

    @JSFunctor
    public interface Listener extends JSObject {
        /** {@code tabId} is the active tab when the shortcut was pressed, or -1. */
        void command(String name, int tabId);
    }

    @JSBody(params = "listener", script = "chrome.commands.onCommand.addListener(function (name, tab) {"
            + " listener(name, tab && tab.id !== undefined ? tab.id : -1); });")
    public static native void onCommand(Listener listener);
}
