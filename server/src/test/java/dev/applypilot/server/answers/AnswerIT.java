package dev.applypilot.server.answers;

import dev.applypilot.server.platform.TestApi;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AnswerIT {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    TestApi api;

    @BeforeEach
    void setUp() {
        api = new TestApi(server.getURI(), json);
    }

    private String save(String token, String question, String answer) {
        TestApi.Response created = api.post("/api/v1/answers", Map.of("question", question, "answer", answer, "tags", List.of("motivation")), token);
        assertEquals(201, created.status(), created.raw().body());
        return created.text("id");
    }

    @Test
    void createsReadsUpdatesMarksUsedAndDeletes() {
        String token = api.register().text("accessToken");
        String id = save(token, "Why do you want to work here?", "Because of the mission.");
        TestApi.Response read = api.get("/api/v1/answers/" + id, token);
        assertEquals("TYPED", read.text("source"));
        assertEquals(List.of("motivation"), read.body().get("tags"));

        TestApi.Response replaced = api.put("/api/v1/answers/" + id, Map.of("question", "Why us?", "answer", "The mission.", "source", "DRAFTED"), token);
        assertEquals(200, replaced.status(), replaced.raw().body());
        assertEquals("DRAFTED", replaced.text("source"));
        assertEquals(List.of(), replaced.body().get("tags"));

        TestApi.Response used = api.post("/api/v1/answers/" + id + "/used", Map.of(), token);
        assertNotNull(used.text("lastUsedAt"));

        TestApi.Response invalid = api.post("/api/v1/answers", Map.of("question", " ", "answer", "x"), token);
        assertEquals(400, invalid.status());
        assertEquals("question", invalid.text("field"));

        assertEquals(204, api.delete("/api/v1/answers/" + id, token).status());
        assertEquals(404, api.get("/api/v1/answers/" + id, token).status());
    }

    @Test
    void matchesSimilarQuestionsBestFirstAndIgnoresUnrelatedOnes() {
        String token = api.register().text("accessToken");
        String motivation = save(token, "Why do you want to work at our company?", "I admire the product.");
        String salary = save(token, "What are your salary expectations?", "80-90k EUR.");
        save(token, "Describe a time you resolved a conflict within your team.", "At Acme, ...");
        String start = save(token, "When can you start?", "In one month.");

        List<Map<String, Object>> why = match(token, "What makes you want to join this company?");
        assertTrue(!why.isEmpty(), "a paraphrase matches");
        assertEquals(motivation, answerId(why.get(0)));
        double best = ((Number) why.get(0).get("score")).doubleValue();
        for (Map<String, Object> other : why) {
            assertTrue(((Number) other.get("score")).doubleValue() <= best);
        }
        System.out.println("match 'What makes you want to join this company?' -> " + why.stream()
                .map(m -> ((Map<?, ?>) m.get("answer")).get("question") + "=" + m.get("score") + " (" + m.get("method") + ")").toList());

        assertEquals(salary, answerId(match(token, "What is your expected compensation?").get(0)));
        assertEquals(start, answerId(match(token, "What is your earliest possible start date?").get(0)));
        List<Map<String, Object>> unrelated = match(token, "Do you have a valid driver's license?");
        assertEquals(List.of(), unrelated, "an unrelated question matches nothing: " + unrelated);
    }

    @Test
    void anotherUsersAnswersAreNotFound() {
        String owner = api.register().text("accessToken");
        String other = api.register().text("accessToken");
        String id = save(owner, "Why do you want to work here?", "Mission.");
        assertEquals(404, api.get("/api/v1/answers/" + id, other).status());
        assertEquals(404, api.put("/api/v1/answers/" + id, Map.of("question", "q", "answer", "a"), other).status());
        assertEquals(404, api.post("/api/v1/answers/" + id + "/used", Map.of(), other).status());
        assertEquals(404, api.delete("/api/v1/answers/" + id, other).status());
        assertEquals(List.of(), match(other, "Why do you want to work here?"));
        assertEquals(200, api.get("/api/v1/answers/" + id, owner).status());
    }

    private static String answerId(Map<String, Object> match) {
        return (String) ((Map<?, ?>) match.get("answer")).get("id");
    }

    private List<Map<String, Object>> match(String token, String question) {
        TestApi.Response response = api.post("/api/v1/answers/match", Map.of("question", question), token);
        assertEquals(200, response.status(), response.raw().body());
        try {
            return json.readValue(response.raw().body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
