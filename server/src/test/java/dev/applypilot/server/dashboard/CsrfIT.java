package dev.applypilot.server.dashboard;

import dev.applypilot.server.platform.TestApi;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A state-changing request riding on the session cookie needs the matching CSRF token; bearer API calls do not. */
@MicronautTest
class CsrfIT {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void cookieSessionFormsNeedTheMatchingTokenWhileBearerCallsDoNot() {
        TestApi api = new TestApi(server.getURI(), json);
        String access = api.register().text("accessToken");
        String cookies = "ap_session=" + access + "; ap_csrf=known-token";

        assertEquals(403, form(api, cookies, "").status());
        assertEquals(403, form(api, cookies, "csrf=wrong-token").status());
        assertEquals(200, form(api, cookies, "csrf=known-token").status());
        assertEquals(403, api.send(api.request("/api/v1/applications/00000000-0000-0000-0000-000000000000/notes", null)
                .header("Cookie", cookies).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"notes\":\"x\"}")).build()).status());
        assertEquals(404, api.put("/api/v1/applications/00000000-0000-0000-0000-000000000000/notes", java.util.Map.of("notes", "x"), access).status());
    }

    @Test
    void aPageIssuesTheTokenCookieWhileApiCallsAndHealthProbesGetNone() {
        TestApi api = new TestApi(server.getURI(), json);
        String access = api.register().text("accessToken");
        String page = api.get("/signin", null).raw().headers().allValues("Set-Cookie").toString();
        assertTrue(page.contains(CsrfFilter.COOKIE + "="), page);
        assertEquals("[]", api.get("/api/v1/me", access).raw().headers().allValues("Set-Cookie").toString());
        assertEquals("[]", api.get("/health/liveness", null).raw().headers().allValues("Set-Cookie").toString());
    }

    private static TestApi.Response form(TestApi api, String cookies, String body) {
        return api.send(api.request("/app/settings/extension-code", null).header("Cookie", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
