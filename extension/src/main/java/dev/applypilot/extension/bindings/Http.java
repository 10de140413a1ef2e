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
    @JSBody(params = {"method", "url", "bearer", "body", "response"}, script = "var h = {'Accept': 'application/json'};"
            + " if (body !== null) { h['Content-Type'] = 'application/json'; }"
            + " if (bearer !== null) { h['Authorization'] = 'Bearer ' + bearer; }"
            + " fetch(url, {method: method, headers: h, body: body === null ? undefined : body, credentials: 'omit'})"
            + ".then(function (r) { return r.text().then(function (t) { response(r.status, t); }); })"
            + "['catch'](function () { response(0, ''); });")
    public static native void request(String method, String url, String bearer, String body, Response response);

    @JSBody(params = "s", script = "return encodeURIComponent(s);")
    public static native String encode(String s);
}
