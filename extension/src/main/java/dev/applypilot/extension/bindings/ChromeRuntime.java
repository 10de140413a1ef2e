package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * {@code chrome.runtime}: messaging between the extension's contexts. The {@code chrome.*} namespace works in
 * Firefox's MV3 too, so one binding serves both browsers.
 */
public final class ChromeRuntime {
    private ChromeRuntime() {
    }

    @JSFunctor
    public interface MessageListener extends JSObject {
        /** Returns true when {@code reply} will be called later (asynchronous answer). */
        boolean onMessage(JSObject message, JSObject sender, Reply reply);
    }

    @JSFunctor
    public interface Reply extends JSObject {
        void send(JSObject response);
    }

    @JSBody(params = "listener", script = "chrome.runtime.onMessage.addListener(listener);")
    public static native void onMessage(MessageListener listener);

    /** Sends to the background; {@code reply} gets null when nobody answered (e.g. the worker is starting). */
    @JSBody(params = {"message", "reply"}, script = "chrome.runtime.sendMessage(message, function (answer) {"
            + " if (chrome.runtime.lastError) { answer = null; } reply(answer === undefined ? null : answer); });")
    public static native void send(JSObject message, Reply reply);

    /** The tab a message came from, or -1 (popup, background). */
    @JSBody(params = "sender", script = "return sender && sender.tab && sender.tab.id !== undefined ? sender.tab.id : -1;")
    public static native int senderTabId(JSObject sender);

    /** 0 for a tab's top frame. */
    @JSBody(params = "sender", script = "return sender && sender.frameId !== undefined ? sender.frameId : 0;")
    public static native int senderFrameId(JSObject sender);

    @JSBody(params = "path", script = "return chrome.runtime.getURL(path);")
    public static native String url(String path);

    @JSBody(script = "return chrome.runtime.getManifest().version;")
    public static native String version();
}
