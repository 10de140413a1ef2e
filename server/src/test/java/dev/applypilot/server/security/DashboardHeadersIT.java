package dev.applypilot.server.security;

import dev.applypilot.server.jobs.JobPayloads;
import dev.applypilot.server.platform.TestApi;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page the router serves as HTML, opened with a signed-in session, carries the browser hardening headers: a
 * CSP without inline script and without framing, nosniff and a referrer policy. (That stored hostile job markup does
 * not run in a real browser is DashboardBrowserIT's job.)
 */
@MicronautTest(transactional = false)
class DashboardHeadersIT {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    Router router;

    @Test
    void everyHtmlPageIsHardened() {
        TestApi api = new TestApi(server.getURI(), json);
        String token = api.register().text("accessToken");
        String jobId = JobPayloads.json(api.postRaw("/api/v1/jobs", JobPayloads.fresh(), token).raw().body()).get("job").get("id")
                .text().orElseThrow();
        List<String> pages = router.uriRoutes().filter(route -> route.getHttpMethod() == HttpMethod.GET)
                .filter(route -> route.getProduces().stream().anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE)))
                .map(route -> route.getUriMatchTemplate().toPathString()).sorted().distinct().toList();
        System.out.println("DashboardHeadersIT: " + pages.size() + " HTML pages " + pages);
        int html = 0;
        for (String template : pages) {
            String path = template.replace("{id}", jobId);
            assertTrue(!path.contains("{"), "fill the variables of " + template);
            TestApi.Response page = api.send(api.request(path, null).header("Cookie", "ap_session=" + token).GET().build());
            assertTrue(page.status() < 500, path + " -> " + page.status());
            assertEquals("nosniff", page.header("X-Content-Type-Options"), path);
            assertEquals("strict-origin-when-cross-origin", page.header("Referrer-Policy"), path);
            // Some routes of HTML controllers answer JSON or a download; only HTML needs the page policy.
            if (page.status() == 200 && page.header("Content-Type").startsWith("text/html")) {
                html++;
                String csp = page.header("Content-Security-Policy");
                assertNotNull(csp, path);
                assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), csp);
                assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), csp);
                assertEquals("DENY", page.header("X-Frame-Options"), path);
            }
        }
        System.out.println("DashboardHeadersIT: " + html + " of them answered HTML and were checked");
        assertTrue(html >= 8, "pages answering HTML: " + html);
    }
}
