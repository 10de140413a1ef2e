package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * A browser WebSocket authenticated by subprotocol ({@code ["bearer", token]}), so the token never appears in
 * a URL or log. Works in the service worker (no window needed).
 */
public abstract class SyncSocket implements JSObject {
    @JSFunctor
    public interface Opened extends JSObject {
        void opened();
    }

    @JSFunctor
    public interface Received extends JSObject {
        void received(String text);
    }

    @JSFunctor
    public interface Closed extends JSObject {
        void closed(int code);
    }

    @JSBody(params = {"url", "token", "opened", "received", "closed"}, script = "var ws;"
            + " try { ws = new WebSocket(url, ['bearer', token]); } catch (error) { setTimeout(function () { closed(1006); }, 0); return null; }"
            + " ws.onopen = function () { opened(); };"
            + " ws.onmessage = function (event) { if (typeof event.data === 'string') { received(event.data); } };"
            + " ws.onclose = function (event) { closed(event.code); };"
            + " return ws;")
    public static native SyncSocket open(String url, String token, Opened opened, Received received, Closed closed);

    @JSBody(params = "text", script = "if (this.readyState === 1) { this.send(text); return true; } return false;")
    public native boolean send(String text);

    @JSBody(script = "this.onclose = null; this.onmessage = null; try { this.close(1000); } catch (error) {}")
    public native void closeQuietly();
}
