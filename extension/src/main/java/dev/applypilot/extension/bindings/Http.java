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

    @JSBody(params = "s", script = "return encodeURIComponent(s);")
    public static native String encode(String s);
}
