package dev.applypilot.server.platform;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class PlatformHeadersIT {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void dashboardPagesCarryAStrictContentSecurityPolicy() {
        TestApi.Response page = new TestApi(server.getURI(), json).get("/", null);
        assertEquals(200, page.status());
        String csp = page.header("Content-Security-Policy");
        assertNotNull(csp);
        assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", page.header("Referrer-Policy"));
    }

    @Test
    void echoesTheClientsRequestIdOrMakesOne() {
        TestApi api = new TestApi(server.getURI(), json);
        var withId = api.send(api.request("/health", null).header("X-Request-Id", "ext-1234").GET().build());
        assertEquals("ext-1234", withId.header("X-Request-Id"));
        var hostile = api.send(api.request("/health", null).header("X-Request-Id", "bad id with spaces").GET().build());
        assertTrue(hostile.header("X-Request-Id").matches("[0-9a-f-]{36}"), "an unsafe id is replaced");
    }

    @Test
    void exposesPrometheusMetricsWithRequestLatencies() {
        TestApi api = new TestApi(server.getURI(), json);
        api.get("/health", null);
        TestApi.Response metrics = api.get("/prometheus", null);
        assertEquals(200, metrics.status());
        assertTrue(metrics.raw().body().contains("http_server_requests_seconds_bucket"), "latency histogram present");
    }
}
