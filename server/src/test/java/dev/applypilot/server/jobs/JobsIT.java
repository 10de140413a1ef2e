package dev.applypilot.server.jobs;

import com.sun.net.httpserver.HttpServer;
import dev.applypilot.server.platform.TestApi;
import dev.applypilot.shared.job.JobPosting;
import dev.applypilot.shared.json.JsonValue;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "applypilot.jobs.import.timeout", value = "1s")
class JobsIT {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private TestApi api;
    private String token;
    private HttpServer pages;
    private String pagesBase;

    @BeforeAll
    void startPages() throws IOException {
        pages = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pages.createContext("/job", exchange -> respond(exchange, 200, "text/html; charset=utf-8", resource("/jobs/jsonld-job.html")));
        pages.createContext("/gone", exchange -> respond(exchange, 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8)));
        pages.createContext("/file.pdf", exchange -> respond(exchange, 200, "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8)));
        pages.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "text/html", "<h1>late</h1>".getBytes(StandardCharsets.UTF_8));
        });
        pages.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/job?utm_source=x");
            respond(exchange, 301, "text/html", new byte[0]);
        });
        pages.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        pages.start();
        pagesBase = "http://127.0.0.1:" + pages.getAddress().getPort();
    }

    @AfterAll
    void stopPages() {
        pages.stop(0);
    }

    @BeforeEach
    void account() {
        api = new TestApi(server.getURI(), json);
        token = api.register().text("accessToken");
    }

    @Test
    void savingANewJobAnswers201WithItsIdAndInterestedStatus() {
        TestApi.Response saved = api.postRaw("/api/v1/jobs", JobPayloads.fresh(), token);
        assertEquals(201, saved.status(), saved.raw().body());
        assertEquals(false, saved.body().get("duplicate"));
        assertEquals("INTERESTED", saved.text("applicationStatus"));
        assertNotEquals(null, job(saved).get("id").text().orElse(null));
    }

    @Test
    void theSameClientIdAgainReturnsTheFirstJobAsDuplicate() {
        String body = JobPayloads.fresh();
        TestApi.Response first = api.postRaw("/api/v1/jobs", body, token);
        TestApi.Response again = api.postRaw("/api/v1/jobs", body, token);
        assertEquals(200, again.status());
        assertEquals(true, again.body().get("duplicate"));
        assertEquals(id(first), id(again));
        assertEquals(1, list("").get("items").elements().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "same canonical URL (tracking params differ) | Platform Engineer | Initech | Austin, TX | https://initech.example/careers/42?utm_source=li | Staff Engineer | Other Co | Paris | https://initech.example/careers/42?utm_campaign=x",
            "same ATS vendor and job id                  | Backend Dev       | Globex  | Denver     | https://boards.greenhouse.io/globex/jobs/4242 | Backend Developer II | Globex Corp | Remote | https://job-boards.greenhouse.io/globex/jobs/4242?gh_src=abc",
            "same company, title and city                | Data Analyst      | Hooli Inc. | Zurich, CH | https://hooli.example/a | Data Analyst | Hooli | Zurich | https://www.linkedin.com/jobs/view/data-analyst-at-hooli-99",
    })
    void oneJobReachedThroughDifferentLinksIsSavedOnce(String rule, String title1, String company1, String location1, String url1,
                                                       String title2, String company2, String location2, String url2) {
        TestApi.Response first = api.postRaw("/api/v1/jobs", JobPayloads.save(UUID.randomUUID().toString(),
                JobPayloads.posting(title1, company1, location1, url1, null)), token);
        TestApi.Response second = api.postRaw("/api/v1/jobs", JobPayloads.save(UUID.randomUUID().toString(),
                JobPayloads.posting(title2, company2, location2, url2, null)), token);
        assertEquals(201, first.status(), first.raw().body());
        assertEquals(200, second.status(), rule);
        assertEquals(true, second.body().get("duplicate"));
        assertEquals(id(first), id(second));
    }

    @Test
    void concurrentSavesOfOneJobStoreItOnceAndAllAnswerWithIt() throws Exception {
        JobPosting posting = JobPayloads.posting("SRE", "Vandelay", "Lyon", "https://vandelay.example/jobs/" + UUID.randomUUID(), null);
        int saves = 8;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(saves);
        try {
            java.util.List<java.util.concurrent.Future<TestApi.Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < saves; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.postRaw("/api/v1/jobs", JobPayloads.save(UUID.randomUUID().toString(), posting), token);
                }));
            }
            start.countDown();
            java.util.Set<String> ids = new java.util.HashSet<>();
            int created = 0;
            for (var answer : answers) {
                TestApi.Response response = answer.get();
                assertTrue(response.status() == 201 || response.status() == 200, response.raw().body());
                created += response.status() == 201 ? 1 : 0;
                ids.add(id(response));
            }
            assertEquals(1, created);
            assertEquals(1, ids.size());
            assertEquals(1, list("").get("items").elements().size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void duplicateAnswerCarriesTheCurrentApplicationStatus() {
        JobPosting posting = JobPayloads.posting("QA Lead", "Umbrella", "Leeds", "https://umbrella.example/jobs/" + UUID.randomUUID(), null);
        String jobId = id(api.postRaw("/api/v1/jobs", JobPayloads.save(UUID.randomUUID().toString(), posting), token));
        api.send(api.request("/api/v1/applications/" + jobId + "/status", token).header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"status\":\"APPLIED\",\"source\":\"DASHBOARD\"}")).build());
        TestApi.Response again = api.postRaw("/api/v1/jobs", JobPayloads.save(UUID.randomUUID().toString(), posting), token);
        assertEquals("APPLIED", again.text("applicationStatus"));
        TestApi.Response lookup = api.get("/api/v1/jobs/lookup?url=" + enc(posting.sourceUrl() + "?utm_medium=email"), token);
        assertEquals(200, lookup.status());
        assertEquals("APPLIED", lookup.text("applicationStatus"));
    }

    @Test
    void lookupOfAnUnsavedPageIs404() {
        assertEquals(404, api.get("/api/v1/jobs/lookup?url=" + enc("https://nowhere.example/jobs/1"), token).status());
    }

    @Test
    void hostileDescriptionHtmlIsSanitised() {
        String hostile = "<p onclick=\"steal()\">Hello <b>there</b></p><script>alert(1)</script><style>body{}</style>"
                + "<a href=\"javascript:alert(2)\">x</a><a href=\"https://ok.example/\">ok</a><img src=\"https://ok.example/i.png\" onerror=\"alert(3)\">"
                + "<iframe src=\"https://evil.example\"></iframe>";
        TestApi.Response saved = api.postRaw("/api/v1/jobs", JobPayloads.save(UUID.randomUUID().toString(),
                JobPayloads.posting("Hostile " + UUID.randomUUID(), "Evil", null, "https://evil.example/" + UUID.randomUUID(), hostile)), token);
        String html = job(saved).get("descriptionHtml").text().orElseThrow();
        for (String banned : new String[] {"script", "style", "onclick", "onerror", "javascript:", "iframe", "alert"}) {
            assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains(banned), banned + " survived in " + html);
        }
        assertTrue(html.contains("<b>there</b>"), html);
        assertTrue(html.contains("href=\"https://ok.example/\""), html);
        assertTrue(job(saved).get("descriptionText").text().orElseThrow().contains("Hello there"));
    }

    @Test
    void aJobWithoutTitleIsRejectedOnTheTitleField() {
        TestApi.Response response = api.postRaw("/api/v1/jobs", JobPayloads.save("c", JobPayloads.posting(null, "X", null, "https://x.example/1", null)), token);
        assertEquals(400, response.status());
        assertEquals("job.title", response.text("field"));
    }

    @Test
    void importReadsAJsonLdPageAndSanitisesItsDescription() {
        TestApi.Response imported = api.post("/api/v1/jobs/import", Map.of("url", pagesBase + "/moved"), token);
        assertEquals(201, imported.status(), imported.raw().body());
        JsonValue job = job(imported);
        assertEquals("Senior Platform Engineer", job.get("title").text().orElse(null));
        assertEquals("Northwind Robotics", job.get("company").text().orElse(null));
        assertEquals("FULL_TIME", job.get("employmentType").text().orElse(null));
        assertEquals(70000.0, job.get("salary").get("min").number().orElse(null));
        assertEquals(pagesBase + "/job", job.get("canonicalUrl").text().orElse(null));
        String html = job.get("descriptionHtml").text().orElse("");
        assertTrue(html.contains("<b>platform</b>"), html);
        assertFalse(html.contains("alert"), html);
        assertTrue(job.get("structuredData").text().orElse("").contains("JobPosting"));
        assertEquals(true, api.post("/api/v1/jobs/import", Map.of("url", pagesBase + "/job"), token).body().get("duplicate"));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "/gone,     422, source_not_found",
            "/file.pdf, 422, not_html",
            "/slow,     504, fetch_timeout",
    })
    void importFailuresSayWhatHappened(String path, int status, String code) {
        TestApi.Response response = api.post("/api/v1/jobs/import", Map.of("url", pagesBase + path), token);
        assertEquals(status, response.status(), response.raw().body());
        assertEquals(code, response.text("error"));
        assertNotEquals(null, response.text("guidance"));
    }

    @ParameterizedTest
    @CsvSource({"ftp://example.com/job", "not a url", "javascript:alert(1)", "http://user:pw@example.com/"})
    void importOfABadUrlIs400OnUrl(String url) {
        TestApi.Response response = api.post("/api/v1/jobs/import", Map.of("url", url), token);
        assertEquals(400, response.status());
        assertEquals("url", response.text("field"));
    }

    @Test
    void anotherUsersJobIs404Everywhere() {
        String jobId = id(api.postRaw("/api/v1/jobs", JobPayloads.fresh(), token));
        String other = api.register().text("accessToken");
        assertEquals(404, api.get("/api/v1/jobs/" + jobId, other).status());
        assertEquals(404, api.get("/api/v1/applications/" + jobId, other).status());
        assertEquals(404, api.get("/api/v1/applications/" + jobId + "/receipt", other).status());
        assertEquals(404, api.post("/api/v1/applications/" + jobId + "/receipt", Map.of("fieldAnswers", Map.of("a", "b")), other).status());
        assertEquals(404, api.post("/api/v1/applications/" + jobId + "/contacts", Map.of("name", "Eve"), other).status());
        assertEquals(404, api.put("/api/v1/applications/" + jobId + "/notes", Map.of("notes", "mine"), other).status());
        assertEquals(404, api.send(api.request("/api/v1/applications/" + jobId + "/status", other).header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"status\":\"REJECTED\"}")).build()).status());
        assertEquals(0, listFor(other, "").get("items").elements().size());
        assertEquals(200, api.get("/api/v1/jobs/" + jobId, token).status());
        assertEquals("INTERESTED", api.get("/api/v1/jobs/" + jobId, token).text("applicationStatus"));
    }

    @Test
    void listFiltersSortsAndPages() {
        for (String company : new String[] {"Zeta Labs", "Alpha Works", "Mid Corp"}) {
            api.postRaw("/api/v1/jobs", JobPayloads.save(UUID.randomUUID().toString(), JobPayloads.posting("Rust Engineer at " + company,
                    company, "Oslo", "https://" + company.replace(' ', '-').toLowerCase() + ".example/j", "<p>Kubernetes and observability</p>")), token);
        }
        assertEquals(3, list("").get("items").elements().size());
        assertEquals("Alpha Works", list("?sort=company").get("items").at(0).get("job").get("company").text().orElse(null));
        assertEquals(1, list("?company=zeta").get("items").elements().size());
        assertEquals(3, list("?q=observability").get("items").elements().size());
        assertEquals(0, list("?q=cobol").get("items").elements().size());
        assertEquals(3, list("?status=INTERESTED").get("items").elements().size());
        assertEquals(0, list("?status=APPLIED").get("items").elements().size());
        JsonValue page1 = list("?sort=company&limit=2");
        assertEquals(2, page1.get("items").elements().size());
        JsonValue page2 = list("?sort=company&limit=2&cursor=" + page1.get("nextCursor").text().orElseThrow());
        assertEquals("Zeta Labs", page2.get("items").at(0).get("job").get("company").text().orElse(null));
        assertTrue(page2.get("nextCursor").isNull());
        TestApi.Response tooMany = api.get("/api/v1/jobs?limit=101", token);
        assertEquals(400, tooMany.status());
        assertEquals("limit", tooMany.text("field"));
        assertEquals("status", api.get("/api/v1/jobs?status=MAYBE", token).text("field"));
        assertEquals("sort", api.get("/api/v1/jobs?sort=salary", token).text("field"));
    }

    @ParameterizedTest(name = "sort={0}")
    @CsvSource({"updated", "created", "company"})
    void pagesOfEverySortCoverEveryJobOnceWhileJobsAreSaved(String sort) {
        java.util.List<String> saved = new java.util.ArrayList<>();
        for (String company : new String[] {"Beta", "alpha", "", "Beta", "Gamma"}) { // "" = a job without company, listed last by company
            saved.add(id(api.postRaw("/api/v1/jobs", JobPayloads.save(UUID.randomUUID().toString(), JobPayloads.posting("Role " + UUID.randomUUID(),
                    company.isEmpty() ? null : company, "Oslo", "https://paging.example/" + UUID.randomUUID(), null)), token)));
        }
        java.util.List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            JsonValue page = list("?sort=" + sort + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            page.get("items").elements().forEach(item -> seen.add(item.get("job").get("id").text().orElseThrow()));
            cursor = page.get("nextCursor").text().orElse(null);
            // A job saved between pages sorts first (or, by company, before the page's position) and must not shift the rest.
            api.postRaw("/api/v1/jobs", JobPayloads.save(UUID.randomUUID().toString(), JobPayloads.posting("Late " + UUID.randomUUID(),
                    "Aardvark", "Oslo", "https://paging.example/" + UUID.randomUUID(), null)), token);
        } while (cursor != null);
        assertEquals(new java.util.HashSet<>(saved), new java.util.HashSet<>(seen), "every job once: " + seen);
        assertEquals(saved.size(), seen.size(), "no job twice: " + seen);
        TestApi.Response otherSort = api.get("/api/v1/jobs?sort=" + ("updated".equals(sort) ? "created" : "updated") + "&cursor="
                + list("?sort=" + sort + "&limit=1").get("nextCursor").text().orElseThrow(), token);
        assertEquals(400, otherSort.status());
        assertEquals("cursor", otherSort.text("field"));
    }

    @Test
    void listItemsLeaveOutTheDescriptionWhichTheJobItselfCarries() {
        String id = id(api.postRaw("/api/v1/jobs", JobPayloads.save(UUID.randomUUID().toString(), JobPayloads.posting("Writer", "Pendant",
                "Rome", "https://pendant.example/" + UUID.randomUUID(), "<p>Long description</p>")), token));
        JsonValue item = list("").get("items").at(0).get("job");
        assertEquals("Writer", item.get("title").text().orElse(null));
        assertTrue(item.get("descriptionHtml").isNull(), item.toJson());
        assertTrue(item.get("descriptionText").isNull(), item.toJson());
        assertTrue(JobPayloads.json(api.get("/api/v1/jobs/" + id, token).raw().body()).get("job").get("descriptionHtml").text().orElse("")
                .contains("Long description"));
    }

    private JsonValue list(String query) {
        return listFor(token, query);
    }

    private JsonValue listFor(String who, String query) {
        TestApi.Response response = api.get("/api/v1/jobs" + query, who);
        assertEquals(200, response.status(), response.raw().body());
        return JobPayloads.json(response.raw().body());
    }

    private static JsonValue job(TestApi.Response response) {
        return JobPayloads.json(response.raw().body()).get("job");
    }

    static String id(TestApi.Response response) {
        return job(response).get("id").text().orElseThrow(() -> new AssertionError(response.raw().body()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = JobsIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
