package dev.applypilot.server.generation;

import dev.applypilot.server.platform.TestApi;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Generation as queued jobs on real server instances: {@code Prefer: respond-async} answers 202 with a job to poll;
 * a request on a web-only instance is run by a worker instance, and a model slower than the sync wait turns into 202
 * while the job finishes in the background.
 */
class GenerationQueueIT {
    private static final String LETTER = "{\"text\": \"Dear Hiring Manager,\\n\\nI built event-driven order pipelines with "
            + "Kafka and Java at Northwind Logistics.\\n\\nBest regards,\\nDana Kowalski\"}";

    @Test
    void respondAsyncAnswers202WithTheJobThenTheDocumentIsReady() {
        try (EmbeddedServer server = start(Map.of())) {
            TestApi api = api(server);
            String token = api.register().text("accessToken");
            UUID requestId = UUID.randomUUID();
            TestApi.Response accepted = postAsync(api, "/api/v1/generation/cover-letter", body("requestId", requestId), token);
            assertEquals(202, accepted.status(), accepted.raw().body());
            assertEquals("respond-async", accepted.header("Preference-Applied"));
            String location = accepted.header("Location");
            assertEquals("/api/v1/generation/jobs/" + accepted.text("id"), location);
            assertEquals("COVER_LETTER", accepted.text("kind"));
            assertEquals(requestId.toString(), accepted.text("requestId"));

            TestApi.Response done = awaitJob(api, location, token);
            assertEquals("DONE", done.text("status"), done.raw().body());
            TestApi.Response document = api.get("/api/v1/generation/documents/" + done.text("documentId"), token);
            assertEquals(200, document.status(), document.raw().body());
            assertEquals("COVER_LETTER", document.text("kind"));
            String steps = api.get("/api/v1/generation/progress/" + requestId, token).raw().body();
            assertTrue(steps.contains("\"queued\"") && steps.contains("\"started\"") && steps.contains("\"saved\""), steps);

            String other = api.register().text("accessToken");
            assertEquals(404, api.get(location, other).status(), "another user's job");
            assertEquals(404, api.get("/api/v1/generation/jobs/" + UUID.randomUUID(), token).status());
            assertEquals(400, api.get("/api/v1/generation/jobs/not-a-uuid", token).status());
        }
    }

    @Test
    void aWorkerInstanceRunsWhatAWebOnlyInstanceQueuedAndASlowModelTurnsInto202() {
        try (FakeOpenAi model = new FakeOpenAi()) {
            Map<String, Object> openAi = new HashMap<>(Map.of("applypilot.generation.provider", "openai",
                    "applypilot.generation.base-url", model.baseUrl(), "applypilot.generation.model", "test-model",
                    "applypilot.generation.timeout", "10s", "applypilot.generation.max-retries", "0",
                    "applypilot.generation.jobs.sync-wait", "3s"));
            Map<String, Object> webOnly = new HashMap<>(openAi);
            webOnly.put("applypilot.work.consume", "false");
            try (EmbeddedServer web = start(webOnly); EmbeddedServer worker = start(openAi)) {
                TestApi api = api(web);
                String token = api.register().text("accessToken");

                model.script(FakeOpenAi.Reply.ok(LETTER));
                TestApi.Response fast = api.post("/api/v1/generation/cover-letter", body(), token);
                assertEquals(201, fast.status(), "the synchronous contract holds across instances: " + fast.raw().body());
                assertEquals("openai:test-model", fast.text("provider"));
                assertEquals(1, generations(worker), "run on the worker instance");
                assertEquals(0, generations(web));

                model.script(new FakeOpenAi.Reply(200, LETTER, 5000));
                Map<String, Object> slowBody = body();
                long started = System.nanoTime();
                TestApi.Response slow = api.post("/api/v1/generation/cover-letter", slowBody, token);
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertEquals(202, slow.status(), slow.raw().body());
                assertTrue(millis >= 3000 && millis < 4500, "answered after the 3 s wait, not after the model's 5 s: " + millis + " ms");
                assertEquals(null, slow.header("Preference-Applied"), "no preference was sent");
                TestApi.Response done = awaitJob(api, slow.header("Location"), token);
                assertEquals("DONE", done.text("status"), done.raw().body());

                TestApi.Response again = api.post("/api/v1/generation/cover-letter", slowBody, token);
                assertEquals(200, again.status(), "identical request: the stored result at once");
                assertEquals(done.text("documentId"), again.text("id"));
            }
        }
    }

    private static Map<String, Object> body(Object... extra) {
        Map<String, Object> body = new HashMap<>(Map.of("job", Fixtures.job(), "profile", Fixtures.profile(),
                "resumeText", "unique " + UUID.randomUUID()));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    private static TestApi.Response postAsync(TestApi api, String path, Object body, String token) {
        return api.send(api.request(path, token).header("Content-Type", "application/json").header("Prefer", "respond-async")
                .POST(HttpRequest.BodyPublishers.ofString(api.write(body))).build());
    }

    private static TestApi.Response awaitJob(TestApi api, String location, String token) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            TestApi.Response job = api.get(location, token);
            assertEquals(200, job.status(), job.raw().body());
            if ("DONE".equals(job.text("status")) || "FAILED".equals(job.text("status"))) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return fail("job " + location + " did not finish within 30 s");
    }

    private static long generations(EmbeddedServer server) {
        var timer = server.getApplicationContext().getBean(MeterRegistry.class).find("applypilot.generation").tag("outcome", "ok").timer();
        return timer == null ? 0 : timer.count();
    }

    private static EmbeddedServer start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("micronaut.server.port", -1);
        return ApplicationContext.builder().environments("test").properties(all).start().getBean(EmbeddedServer.class).start();
    }

    private static TestApi api(EmbeddedServer server) {
        return new TestApi(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
    }
}
