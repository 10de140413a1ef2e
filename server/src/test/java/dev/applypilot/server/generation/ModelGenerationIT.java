package dev.applypilot.server.generation;

import dev.applypilot.server.platform.TestApi;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model path end to end: the real langchain4j OpenAI client against a local chat-completions server. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelGenerationIT implements TestPropertyProvider {
    private static final String GOOD_TAILORING = """
            Here you go:
            ```json
            {"summary": "Senior Backend Engineer building Kafka and Java systems at Northwind Logistics.",
             "skills": ["Kafka", "Java", "Kubernetes", "AWS", "PostgreSQL", "React"],
             "experience": [
               {"bullets": ["Built event-driven order pipelines with Kafka and Java handling 40,000 messages per second",
                            "Ran Kubernetes clusters on AWS and cut deployment time by 35%",
                            "Owned the on-call rotation and incident reviews for the billing team",
                            "Mentored 4 junior engineers"]},
               {"bullets": ["Wrote REST APIs in Java with Spring Boot and PostgreSQL",
                            "Contributed to the React storefront used by 2 million customers"]}],
             "changes": [{"section": "experience", "kind": "reordered", "before": null, "after": null,
                          "reason": "Kafka first: the job asks for streaming."}]}
            ```""";
    private static final String COBOL_TAILORING = GOOD_TAILORING.replace("\"React\"]", "\"React\", \"COBOL\"]")
            .replace("Mentored 4 junior engineers", "Mentored 4 junior engineers in COBOL at Google");

    private final FakeOpenAi fake = new FakeOpenAi();
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    TestApi api;
    String token;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("applypilot.generation.provider", "openai",
                "applypilot.generation.base-url", fake.baseUrl(),
                "applypilot.generation.model", "test-model",
                "applypilot.generation.timeout", "1s",
                "applypilot.generation.max-retries", "1",
                "applypilot.generation.free-daily-limit", "1000");
    }

    @BeforeAll
    void signIn() {
        api = new TestApi(server.getURI(), json);
        token = api.register().text("accessToken");
    }

    @AfterAll
    void stop() {
        fake.close();
    }

    private Map<String, Object> resumeRequest(JobDetails job) {
        return Map.of("job", job, "profile", Fixtures.profile(), "resumeText", "run " + System.nanoTime());
    }

    @Test
    @SuppressWarnings("unchecked")
    void modelAnswerIsParsedFactCheckedAndSavedWithTheJobDelimited() {
        fake.script(FakeOpenAi.Reply.ok(GOOD_TAILORING));
        TestApi.Response r = api.post("/api/v1/generation/resume", resumeRequest(Fixtures.injectedJob()), token);
        assertEquals(201, r.status(), r.raw().body());
        assertEquals("openai:test-model", r.text("provider"));
        Map<String, Object> content = (Map<String, Object>) r.body().get("content");
        assertEquals("model", content.get("mode"));
        assertEquals("Kafka", ((List<String>) content.get("skills")).get(0));
        String sent = fake.requests.get(0);
        assertTrue(sent.contains("NOT instructions"), "system prompt says the job text is data");
        assertTrue(sent.contains("<job_description>") && sent.indexOf("</job_description>") == sent.lastIndexOf("</job_description>"),
                "the posting's own closing tag was stripped: " + sent);
    }

    @Test
    void retriesAServerErrorThenSucceeds() {
        fake.script(new FakeOpenAi.Reply(500, null, 0), FakeOpenAi.Reply.ok(GOOD_TAILORING));
        TestApi.Response r = api.post("/api/v1/generation/resume", resumeRequest(Fixtures.job()), token);
        assertEquals(201, r.status(), r.raw().body());
        assertEquals(2, fake.requests.size());
    }

    @Test
    void providerTimeoutAnswers503AndSavesNothing() {
        int before = documentCount();
        fake.script(new FakeOpenAi.Reply(200, GOOD_TAILORING, 2500), new FakeOpenAi.Reply(200, GOOD_TAILORING, 2500));
        long start = System.nanoTime();
        TestApi.Response r = api.post("/api/v1/generation/resume", resumeRequest(Fixtures.job()), token);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.status(), r.raw().body());
        assertEquals("provider_unavailable", r.text("error"));
        assertTrue(r.text("message").contains("timed out"), r.text("message"));
        assertEquals(before, documentCount());
        assertTrue(millis < 6000, "gave up after timeout and one retry: " + millis + " ms");
        System.out.println("timeout path: " + millis + " ms for 2 attempts at a 1 s timeout");
    }

    @Test
    @SuppressWarnings("unchecked")
    void injectedSkillFromTheModelIsCaughtAndTheOfflineVersionIsUsed() {
        fake.script(FakeOpenAi.Reply.ok(COBOL_TAILORING));
        TestApi.Response r = api.post("/api/v1/generation/resume", resumeRequest(Fixtures.injectedJob()), token);
        assertEquals(201, r.status(), r.raw().body());
        Map<String, Object> content = (Map<String, Object>) r.body().get("content");
        assertEquals("offline", content.get("mode"));
        assertTrue(content.get("note").toString().contains("was not used"), content.get("note").toString());
        assertTrue(!r.raw().body().contains("in COBOL at Google"));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) ((Map<String, Object>) content.get("factCheck")).get("violations");
        assertTrue(violations.stream().anyMatch(v -> "COBOL".equals(v.get("value"))), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> "Google".equals(v.get("value"))), violations.toString());
        assertTrue(!((List<String>) content.get("skills")).contains("COBOL"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void unparseableModelAnswerFallsBackToOffline() {
        fake.script(FakeOpenAi.Reply.ok("Sure! I tailored it: summary is great."));
        TestApi.Response r = api.post("/api/v1/generation/resume", resumeRequest(Fixtures.job()), token);
        assertEquals(201, r.status(), r.raw().body());
        Map<String, Object> content = (Map<String, Object>) r.body().get("content");
        assertEquals("offline", content.get("mode"));
        assertTrue(content.get("note").toString().contains("not the JSON"), content.get("note").toString());
    }

    @Test
    void rejectModeRefusesAnInventedFactWith422() {
        fake.script(FakeOpenAi.Reply.ok(COBOL_TAILORING));
        Drafting rejecting = new Drafting(Fixtures.TAXONOMY, model(fake.baseUrl(), 1), true, json);
        FactCheckFailedException e = assertThrows(FactCheckFailedException.class,
                () -> rejecting.tailorResume(CandidateSource.of(Fixtures.profile(), null), Fixtures.injectedJob()));
        assertEquals(422, e.status().getCode());
        assertTrue(e.getMessage().contains("COBOL"), e.getMessage());
    }

    @Test
    void providerDownIsAClear503() {
        Drafting down = new Drafting(Fixtures.TAXONOMY, model("http://127.0.0.1:" + closedPort() + "/v1", 0), false, json);
        ProviderUnavailableException e = assertThrows(ProviderUnavailableException.class,
                () -> down.coverLetter(CandidateSource.of(Fixtures.profile(), null), Fixtures.job(), Tone.FORMAL, LetterLength.SHORT));
        assertEquals(503, e.status().getCode());
        assertTrue(e.getMessage().contains("could not be reached"), e.getMessage());
    }

    @Test
    void modelCoverLetterIsFactChecked() {
        fake.script(FakeOpenAi.Reply.ok("{\"text\": \"Dear Hiring Manager,\\n\\nI built event-driven order pipelines with "
                + "Kafka and Java at Northwind Logistics.\\n\\nBest regards,\\nDana Kowalski\"}"));
        CoverLetter letter = new Drafting(Fixtures.TAXONOMY, model(fake.baseUrl(), 0), false, json)
                .coverLetter(CandidateSource.of(Fixtures.profile(), null), Fixtures.job(), Tone.PROFESSIONAL, LetterLength.SHORT);
        assertEquals("model", letter.mode());
        assertTrue(letter.text().contains("Northwind Logistics"));
    }

    private LanguageModel model(String baseUrl, int retries) {
        return new LanguageModel(new GenerationSettings("openai", baseUrl, "test-model", "UNSET_TEST_KEY_VARIABLE",
                Duration.ofSeconds(1), retries, "offline", 10, 10), json);
    }

    private int documentCount() {
        TestApi.Response r = api.send(api.request("/api/v1/generation/documents", token).GET().build());
        return r.raw().body().split("\"id\"").length - 1;
    }

    private static int closedPort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
