package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** {@code fetch} for the JSON API. Status 0 means the server could not be reached. */
public final class Http {
    private Http() {
    }

    @JSFunctor
    public interface Response extends JSObject {
        void done(int status, String body);
    }

    /** {@code bearer} and {@code body} may be null. */
    @JSBody(params = {"method", "url", "bearer", "body", "response"}, script = "var headers = {'Accept': 'application/json'};"
            + " if (body !== null) { headers['Content-Type'] = 'application/json'; }"
            + " if (bearer !== null) { headers['Authorization'] = 'Bearer ' + bearer; }"
            + " fetch(url, {method: method, headers: headers, body: body === null ? undefined : body, credentials: 'omit'})"
            + ".then(function (reply) { return reply.text().then(function (text) { response(reply.status, text); }); })"
            + "['catch'](function () { response(0, ''); });")
    public static native void request(String method, String url, String bearer, String body, Response response);

    @JSFunctor
    public interface Download extends JSObject {
        /** {@code base64} is empty unless {@code status} is 200. */
        void done(int status, String base64);
    }

    /** GET of a binary file, handed over as base64 (how files travel in extension messages). */
    @JSBody(params = {"url", "bearer", "response"}, script = "fetch(url, {headers: {'Authorization': 'Bearer ' + bearer}, credentials: 'omit'})"
            + ".then(function (reply) { if (reply.status !== 200) { response(reply.status, ''); return null; }"
            + " return reply.arrayBuffer().then(function (buffer) { var bytes = new Uint8Array(buffer); var chunks = [];"
            + " for (var start = 0; start < bytes.length; start += 32768) {"
            + " chunks.push(String.fromCharCode.apply(null, bytes.subarray(start, start + 32768))); }"
            + " response(200, btoa(chunks.join(''))); }); })"
            + "['catch'](function () { response(0, ''); });")
    public static native void download(String url, String bearer, Download response);

    @JSBody(params = "s", script = "return encodeURIComponent(s);")
    public static native String encode(String s);
}
