package dev.applypilot.server.generation;

import dev.applypilot.server.platform.TestApi;
import dev.applypilot.server.sync.SyncClient;
import dev.applypilot.shared.sync.SyncFrame;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generation endpoints in offline mode, against the real database and Redis. */
@MicronautTest(transactional = false)
@Property(name = "applypilot.generation.free-daily-limit", value = "4")
@Property(name = "applypilot.generation.pro-daily-limit", value = "50")
@Property(name = "applypilot.admin-emails", value = "generation-admin@example.com")
class GenerationApiIT {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    PlanRepository plans;

    private TestApi api() {
        return new TestApi(server.getURI(), json);
    }

    private Map<String, Object> body(Object... extra) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("job", Fixtures.job(), "profile", Fixtures.profile(),
                "resumeText", "unique " + UUID.randomUUID()));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    @Test
    @SuppressWarnings("unchecked")
    void tailoredResumeIsStoredCachedAndExportedAsPdf() throws IOException {
        TestApi api = api();
        String token = api.register().text("accessToken");
        UUID requestId = UUID.randomUUID();
        Map<String, Object> request = body("requestId", requestId);
        TestApi.Response first = api.post("/api/v1/generation/resume", request, token);
        assertEquals(201, first.status(), first.raw().body());
        assertEquals("offline", first.text("provider"));
        Map<String, Object> content = (Map<String, Object>) first.body().get("content");
        assertTrue(content.get("note").toString().startsWith("Offline mode"));

        TestApi.Response again = api.post("/api/v1/generation/resume", request, token);
        assertEquals(200, again.status());
        assertEquals(Boolean.TRUE, again.body().get("cached"));
        assertEquals(first.text("id"), again.text("id"));

        // Kept as a resume version too: a tagged PDF the extension can attach, linked from the document.
        String version = first.text("resumeVersionId");
        assertEquals(version, again.text("resumeVersionId"), "a cached answer points at the same version");
        TestApi.Response resume = api.get("/api/v1/resumes/" + version, token);
        assertEquals(200, resume.status(), resume.raw().body());
        assertEquals("PDF", resume.text("fileType"));
        assertTrue(resume.raw().body().contains("\"tailored\"") && resume.text("notes").startsWith("Tailored for "), resume.raw().body());

        TestApi.Response steps = api.send(api.request("/api/v1/generation/progress/" + requestId, token).GET().build());
        assertTrue(steps.raw().body().contains("\"started\"") && steps.raw().body().contains("\"saved\"")
                && steps.raw().body().contains("\"cache_hit\""), steps.raw().body());

        HttpResponse<byte[]> pdf = pdf(api, token, first.text("id"));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Dana Kowalski") && text.contains("EXPERIENCE") && text.contains("Northwind Logistics"), text);
        }
        String other = api.register().text("accessToken");
        assertEquals(404, api.get("/api/v1/generation/documents/" + first.text("id"), other).status());
        assertEquals(404, pdf(api, other, first.text("id")).statusCode());
    }

    @Test
    void progressIsPushedToTheUsersOpenClients() {
        TestApi api = api();
        String token = api.register().text("accessToken");
        try (SyncClient client = SyncClient.connect(server.getURI(), token)) {
            client.send(new SyncFrame.Hello(0));
            client.await(frame -> frame instanceof SyncFrame.Welcome, Duration.ofSeconds(10));
            String requestId = UUID.randomUUID().toString();
            assertEquals(201, api.post("/api/v1/generation/cover-letter", body("requestId", requestId), token).status());
            for (String stage : List.of("started", "saved")) {
                client.await(frame -> frame instanceof SyncFrame.Event event && "generation.progress".equals(event.kind())
                        && event.payload().get("requestId").text().equals(Optional.of(requestId))
                        && event.payload().get("stage").text().equals(Optional.of(stage)), Duration.ofSeconds(10));
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void coverLetterIsGeneratedEditedAndExported() {
        TestApi api = api();
        String token = api.register().text("accessToken");
        TestApi.Response letter = api.post("/api/v1/generation/cover-letter", body("tone", "ENTHUSIASTIC", "length", "SHORT"), token);
        assertEquals(201, letter.status(), letter.raw().body());
        String text = ((Map<String, Object>) letter.body().get("content")).get("text").toString();
        assertTrue(text.startsWith("Hello Fabrikam team"), text);
        TestApi.Response edited = api.put("/api/v1/generation/cover-letter/" + letter.text("id"), Map.of("text", "My own words."), token);
        assertEquals(200, edited.status(), edited.raw().body());
        Map<String, Object> content = (Map<String, Object>) edited.body().get("content");
        assertEquals("My own words.", content.get("text"));
        assertEquals(Boolean.TRUE, content.get("edited"));
        assertEquals(200, pdf(api, token, letter.text("id")).statusCode());
        assertEquals(400, api.put("/api/v1/generation/cover-letter/" + letter.text("id"), Map.of("text", " "), token).status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void answersAndInterviewPracticeWithFeedback() {
        TestApi api = api();
        String token = api.register().text("accessToken");
        TestApi.Response answers = api.post("/api/v1/generation/answers", body("questions", List.of("Why do you want to join Fabrikam?"),
                "answerBank", List.of(Map.of("question", "Are you willing to relocate?", "answer", "Yes."))), token);
        assertEquals(201, answers.status(), answers.raw().body());
        assertTrue(answers.raw().body().contains("\"needsReview\":true"));

        TestApi.Response session = api.post("/api/v1/generation/interview", body(), token);
        assertEquals(201, session.status(), session.raw().body());
        String id = session.text("id");
        TestApi.Response feedback = api.post("/api/v1/generation/interview/" + id + "/answers",
                Map.of("questionId", "q1", "answer", "When our pipeline failed, I built a fix in Java and as a result errors fell 35%."), token);
        assertEquals(200, feedback.status(), feedback.raw().body());
        assertTrue(((List<Object>) feedback.body().get("rubric")).size() == 4);
        assertEquals(400, api.post("/api/v1/generation/interview/" + id + "/answers", Map.of("questionId", "q99", "answer", "x"), token).status());
        TestApi.Response overall = api.get("/api/v1/generation/interview/" + id + "/feedback", token);
        assertEquals(200, overall.status());
        assertEquals(1, ((Number) overall.body().get("answered")).intValue());
        assertEquals(404, api.get("/api/v1/generation/interview/" + id + "/feedback", api.register().text("accessToken")).status());
    }

    @Test
    void badRequestsAreClear4xx() {
        TestApi api = api();
        String token = api.register().text("accessToken");
        assertEquals(401, api.post("/api/v1/generation/resume", body(), null).status());
        TestApi.Response noJob = api.post("/api/v1/generation/resume", Map.of("profile", Fixtures.profile()), token);
        assertEquals(400, noJob.status());
        TestApi.Response blank = api.post("/api/v1/generation/resume", Map.of("job", Map.of("title", "X", "description", ""),
                "profile", Fixtures.profile()), token);
        assertEquals(400, blank.status());
        assertTrue(blank.raw().body().contains("description"), blank.raw().body());
        TestApi.Response empty = api.post("/api/v1/generation/resume", Map.of("job", Fixtures.job(), "profile", Map.of()), token);
        assertEquals(400, empty.status());
        assertEquals("profile", empty.text("field"));
        assertEquals(400, api.post("/api/v1/generation/cover-letter", body("tone", "SARCASTIC"), token).status());
        assertEquals(400, api.post("/api/v1/generation/answers", body("questions", List.of()), token).status());
    }

    @Test
    void dailyLimitAnswers429WithResetTimeAndProPlanRaisesIt() {
        TestApi api = api();
        TestApi.Response account = api.register();
        String token = account.text("accessToken");
        for (int i = 0; i < 4; i++) {
            assertEquals(201, api.post("/api/v1/generation/interview", body(), token).status());
        }
        TestApi.Response limited = api.post("/api/v1/generation/interview", body(), token);
        assertEquals(429, limited.status());
        assertEquals("generation_limit_reached", limited.text("error"));
        assertTrue(limited.text("guidance").contains("resets at"), limited.text("guidance"));
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 86_400);

        UUID userId = UUID.fromString(api.get("/api/v1/me", token).text("id"));
        plans.save(new PlanRow(userId, "pro"));
        assertEquals(201, api.post("/api/v1/generation/interview", body(), token).status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void adminSeesUsagePerUserOthersGet403() {
        TestApi api = api();
        String user = api.register().text("accessToken");
        assertEquals(201, api.post("/api/v1/generation/interview", body(), user).status());
        assertEquals(403, api.get("/api/v1/admin/generation-usage", user).status());
        Map<String, String> admin = Map.of("email", "generation-admin@example.com", "password", "correct horse battery");
        TestApi.Response signedIn = api.post("/api/v1/auth/register", admin, null);
        if (signedIn.status() == 409) {
            signedIn = api.post("/api/v1/auth/login", admin, null);
        }
        TestApi.Response usage = api.send(api.request("/api/v1/admin/generation-usage", signedIn.text("accessToken")).GET().build());
        assertEquals(200, usage.status(), usage.raw().body());
        String userId = api.get("/api/v1/me", user).text("id");
        assertTrue(usage.raw().body().contains(userId), "lists the user who generated");
        assertTrue(usage.raw().body().contains("\"offline\":"), usage.raw().body().substring(0, Math.min(400, usage.raw().body().length())));
        assertNotEquals(-1, usage.raw().body().indexOf("\"dailyLimit\""));
    }

    private static HttpResponse<byte[]> pdf(TestApi api, String token, String id) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(api.request("/api/v1/generation/documents/" + id + "/pdf", token)
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
