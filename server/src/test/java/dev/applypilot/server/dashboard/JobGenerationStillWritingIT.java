package dev.applypilot.server.dashboard;

import dev.applypilot.server.generation.FakeOpenAi;
import dev.applypilot.server.jobs.JobPayloads;
import dev.applypilot.server.platform.TestApi;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The job page's generate buttons when the model is slower than the request's wait, on a real server with a local
 * stand-in for the provider: the form answers after the wait with the "still writing" note, the job finishes in the
 * background, and reloading the page shows the letter.
 */
class JobGenerationStillWritingIT {
    private static final String LETTER = "{\"text\": \"Dear Hiring Manager,\\n\\nI built event-driven order pipelines with "
            + "Kafka and Java at Northwind Logistics.\\n\\nBest regards,\\nDana Kowalski\"}";
    private static final String CSRF = "still-writing-csrf";

    @Test
    void aLetterThatOutlivesTheWaitShowsStillWritingThenAppearsOnReload() {
        try (FakeOpenAi model = new FakeOpenAi()) {
            Map<String, Object> properties = new HashMap<>(Map.of("applypilot.generation.provider", "openai",
                    "applypilot.generation.base-url", model.baseUrl(), "applypilot.generation.model", "test-model",
                    "applypilot.generation.timeout", "10s", "applypilot.generation.max-retries", "0",
                    "applypilot.generation.jobs.sync-wait", "1s", "micronaut.server.port", -1));
            try (EmbeddedServer server = ApplicationContext.builder().environments("test").properties(properties).start()
                    .getBean(EmbeddedServer.class).start()) {
                TestApi api = new TestApi(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
                String token = api.register().text("accessToken");
                TestApi.Response profile = api.put("/api/v1/profile", Map.of(
                        "contact", Map.of("givenName", "Dana", "familyName", "Kowalski"),
                        "work", List.of(Map.of("title", "Senior Backend Engineer", "company", "Northwind Logistics", "start", "2021-03",
                                "current", true, "bullets", List.of("Built event-driven order pipelines with Kafka and Java"))),
                        "skills", List.of(Map.of("name", "Java"), Map.of("name", "Kafka"))), token);
                assertEquals(200, profile.status(), profile.raw().body());
                TestApi.Response saved = api.postRaw("/api/v1/jobs", JobPayloads.save(UUID.randomUUID().toString(), JobPayloads.posting(
                        "Platform Engineer", "Fabrikam", "Berlin", "https://jobs.example.com/still-writing/" + UUID.randomUUID(),
                        "<p>Streaming systems with Kafka and Java.</p>")), token);
                assertEquals(201, saved.status(), saved.raw().body());
                String job = String.valueOf(((Map<?, ?>) saved.body().get("job")).get("id"));
                String cookies = SessionCookies.ACCESS + "=" + token + "; " + CsrfFilter.COOKIE + "=" + CSRF;

                model.script(new FakeOpenAi.Reply(200, LETTER, 4000));
                long started = System.nanoTime();
                TestApi.Response generate = api.send(api.request("/app/jobs/" + job + "/generate", null).header("Cookie", cookies)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + CSRF + "&kind=letter&tone=PROFESSIONAL&length=MEDIUM")).build());
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertEquals(303, generate.status(), generate.raw().body());
                assertEquals("/app/jobs/" + job + "?generating=letter#letter", generate.header("Location"));
                assertTrue(millis >= 1000 && millis < 4000, "answered after the 1 s wait, not after the model's 4 s: " + millis + " ms");

                String running = page(api, "/app/jobs/" + job + "?generating=letter", cookies);
                assertTrue(running.contains("id=\"generate-letter-running\"") && running.contains("Still writing"), running);
                assertFalse(running.contains("id=\"letter-result\""), "no letter yet");

                String done = awaitLetter(api, "/app/jobs/" + job, cookies);
                assertTrue(done.contains("Written by openai:test-model"), done);
                assertFalse(done.contains("id=\"generate-letter-running\""), "a plain reload has no note");
                assertEquals(1, model.requests.size(), "one model call: the job went on after the request stopped waiting");
            }
        }
    }

    private static String page(TestApi api, String path, String cookies) {
        TestApi.Response page = api.send(api.request(path, null).header("Cookie", cookies).GET().build());
        assertEquals(200, page.status(), page.raw().body());
        return page.raw().body();
    }

    private static String awaitLetter(TestApi api, String path, String cookies) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            String page = page(api, path, cookies);
            if (page.contains("id=\"letter-result\"")) {
                return page;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return fail("the letter never appeared on " + path);
    }
}
