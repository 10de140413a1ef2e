package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** {@code chrome.tabs} and {@code chrome.action}: talking to a tab's content script and its toolbar badge. */
public final class ChromeTabs {
    private ChromeTabs() {
    }

    @JSFunctor
    public interface TabCallback extends JSObject {
        /** {@code tabId} is -1 when no tab matched. */
        void found(int tabId, String url);
    }

    /** Sends to the top frame of a tab; {@code reply} gets null when no content script answered. */
    @JSBody(params = {"tabId", "message", "reply"}, script = "chrome.tabs.sendMessage(tabId, message, {frameId: 0},"
            + " function (answer) { if (chrome.runtime.lastError) { answer = null; } reply(answer === undefined ? null : answer); });")
    public static native void send(int tabId, JSObject message, ChromeRuntime.Reply reply);

    /**
     * Sends to every frame of a tab; {@code reply} gets the first answer (frames that have nothing to say stay
     * silent), or null when none answered.
     */
    @JSBody(params = {"tabId", "message", "reply"}, script = "chrome.tabs.sendMessage(tabId, message,"
            + " function (answer) { if (chrome.runtime.lastError) { answer = null; } reply(answer === undefined ? null : answer); });")
    public static native void sendToAllFrames(int tabId, JSObject message, ChromeRuntime.Reply reply);

    /** The active tab of the last focused window (its URL is visible for sites the extension may access). */
    @JSBody(params = "callback", script = "chrome.tabs.query({active: true, lastFocusedWindow: true}, function (tabs) {"
            + " var tab = tabs && tabs[0]; callback(tab ? tab.id : -1, tab && tab.url ? tab.url : ''); });")
    public static native void active(TabCallback callback);

    /** The first tab showing exactly {@code url} (used when the popup is opened as a page, as in tests). */
    @JSBody(params = {"url", "callback"}, script = "chrome.tabs.query({}, function (tabs) {"
            + " for (var index = 0; index < tabs.length; index++) { if (tabs[index].url === url) { callback(tabs[index].id, url); return; } }"
            + " callback(-1, ''); });")
    public static native void withUrl(String url, TabCallback callback);

    @JSBody(params = {"tabId", "text", "color"}, script = "chrome.action.setBadgeText({tabId: tabId, text: text});"
            + " if (text) { chrome.action.setBadgeBackgroundColor({tabId: tabId, color: color}); }")
    public static native void badge(int tabId, String text, String color);

    @JSBody(params = "url", script = "chrome.tabs.create({url: url});")
    public static native void open(String url);
}
