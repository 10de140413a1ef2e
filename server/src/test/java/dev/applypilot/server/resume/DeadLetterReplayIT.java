package dev.applypilot.server.resume;

import dev.applypilot.server.platform.TestApi;
import dev.applypilot.server.platform.TestSql;
import dev.applypilot.server.work.WorkStreams;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The operator path for dead letters on a real server, PostgreSQL and Redis: parses the queue gave up on are listed
 * for administrators only and, once the cause is fixed, replayed one at a time or all at once; they then parse with
 * fresh attempts, each replay in the audit log. A dead letter whose job cannot run again is kept.
 */
class DeadLetterReplayIT {
    private static final String LETTERS = "/api/v1/admin/work/resume-parse/dead-letters";

    @Test
    void anAdministratorReplaysGivenUpParsesOnceTheCauseIsFixed() {
        String adminEmail = adminEmail();
        Map<String, Object> properties = new HashMap<>(Map.of("applypilot.work.claim-idle", "1s",
                "applypilot.work.reclaim-interval", "300ms", "applypilot.work.block", "500ms", "applypilot.admin-emails", adminEmail));
        try (EmbeddedServer server = start(properties)) {
            TestApi api = api(server);
            String admin = register(api, adminEmail);
            String user = api.register().text("accessToken");
            String one;
            String two;
            // Real PostgreSQL refuses these files' parse results until the trigger is dropped: the fault an operator fixes.
            TestSql.execute(server, """
                    create or replace function dead_letter_replay_it_refuse() returns trigger language plpgsql as $$
                    begin
                      if new.parse_status = 'PARSED' and new.file_name like 'refused-%' then
                        raise exception 'storage refused the parse result';
                      end if;
                      return new;
                    end $$;
                    create or replace trigger dead_letter_replay_it_refuse before update on resumes
                      for each row execute function dead_letter_replay_it_refuse()""");
            try {
                one = upload(api, user, "refused-" + UUID.randomUUID() + ".txt");
                two = upload(api, user, "refused-" + UUID.randomUUID() + ".txt");
                assertEquals("FAILED", awaitStatus(api, user, one, "FAILED").text("status"));
                assertEquals("FAILED", awaitStatus(api, user, two, "FAILED").text("status"));
            } finally {
                TestSql.execute(server, "drop trigger dead_letter_replay_it_refuse on resumes; drop function dead_letter_replay_it_refuse()");
            }

            assertEquals(401, api.get(LETTERS, null).status());
            TestApi.Response forbidden = api.get(LETTERS, user);
            assertEquals(403, forbidden.status(), forbidden.raw().body());
            assertEquals(403, api.post(LETTERS + "/replay", Map.of(), user).status());
            assertEquals(404, api.get("/api/v1/admin/work/no-such-kind/dead-letters", admin).status());
            assertEquals(400, api.get(LETTERS + "?limit=0", admin).status());

            TestApi.Response listed = api.get(LETTERS + "?limit=1000", admin);
            assertEquals(200, listed.status(), listed.raw().body());
            Map<?, ?> letter = letterOf(server, listed, one);
            assertEquals("3", letter.get("deliveries"));
            assertTrue(String.valueOf(letter.get("reason")).contains("storage refused the parse result"), letter.toString());

            TestApi.Response replayed = api.post(LETTERS + "/" + letter.get("id") + "/replay", Map.of(), admin);
            assertEquals(200, replayed.status(), replayed.raw().body());
            assertEquals(List.of(one), replayed.body().get("replayed"));
            assertEquals("PARSED", awaitStatus(api, user, one, "PARSED").text("status"));
            assertEquals(1, TestSql.count(server, "select parse_attempts from resumes where id = '" + one + "'"), "attempts start again");
            assertEquals(404, api.post(LETTERS + "/" + letter.get("id") + "/replay", Map.of(), admin).status(), "the dead letter is gone");
            assertEquals(400, api.post(LETTERS + "/not-an-id/replay", Map.of(), admin).status());

            TestApi.Response all = api.post(LETTERS + "/replay", Map.of(), admin);
            assertEquals(200, all.status(), all.raw().body());
            assertTrue(((List<?>) all.body().get("replayed")).contains(two), all.raw().body());
            assertEquals("PARSED", awaitStatus(api, user, two, "PARSED").text("status"));
            assertTrue(api.get(LETTERS + "?limit=1000", admin).raw().body().indexOf(two) < 0, "no dead letter left for it");

            assertEquals(2, TestSql.count(server, "select count(*) from audit_log a join users u on u.id = a.user_id where u.email = '" + adminEmail
                    + "' and a.event in ('work_replay:resume-parse:" + one + "', 'work_replay:resume-parse:" + two + "')"));
        }
    }

    @Test
    void aDeadLetterWhoseJobCannotRunAgainIsKept() {
        String adminEmail = adminEmail();
        try (EmbeddedServer server = start(Map.of("applypilot.admin-emails", adminEmail))) {
            TestApi api = api(server);
            String admin = register(api, adminEmail);
            String job = UUID.randomUUID().toString();
            String generation = "/api/v1/admin/work/generation/dead-letters";
            try (StatefulRedisConnection<String, String> redis = server.getApplicationContext().getBean(RedisClient.class).connect()) {
                // A generation job keeps no inputs once it has failed, so its handler refuses to reopen it.
                String entry = redis.sync().xadd(WorkStreams.deadLetters("generation"), Map.of(WorkStreams.JOB, job, "reason", "test"));
                try {
                    TestApi.Response refused = api.post(generation + "/" + entry + "/replay", Map.of(), admin);
                    assertEquals(409, refused.status(), refused.raw().body());
                    assertEquals("not_replayable", refused.text("error"));
                    TestApi.Response all = api.post(generation + "/replay", Map.of(), admin);
                    assertEquals(200, all.status(), all.raw().body());
                    assertTrue(all.raw().body().contains(entry), "reported as kept: " + all.raw().body());
                    assertTrue(api.get(generation + "?limit=1000", admin).raw().body().contains(job), "still listed");
                } finally {
                    redis.sync().xdel(WorkStreams.deadLetters("generation"), entry);
                }
            }
        }
    }

    private static Map<?, ?> letterOf(EmbeddedServer server, TestApi.Response listed, String job) {
        List<Map<String, Object>> letters;
        try {
            letters = server.getApplicationContext().getBean(JsonMapper.class).readValue(listed.raw().body(),
                    Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (Map<String, Object> letter : letters) {
            if (job.equals(letter.get("job"))) {
                return letter;
            }
        }
        return fail("no dead letter for " + job + ": " + listed.raw().body());
    }

    private static String adminEmail() {
        return "dead-letter-admin-" + UUID.randomUUID() + "@example.com";
    }

    private static String register(TestApi api, String email) {
        return api.post("/api/v1/auth/register", Map.of("email", email, "password", "correct horse battery"), null).text("accessToken");
    }

    private static TestApi api(EmbeddedServer server) {
        return new TestApi(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    private static String upload(TestApi api, String token, String fileName) {
        Multipart multipart = Multipart.file(fileName, "application/octet-stream", ResumeFixtures.txt("v1"));
        TestApi.Response accepted = api.send(api.request("/api/v1/resumes", token).header("Content-Type", multipart.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body())).build());
        assertEquals(202, accepted.status(), accepted.raw().body());
        return accepted.text("id");
    }

    private static TestApi.Response awaitStatus(TestApi api, String token, String id, String wanted) {
        long deadline = System.nanoTime() + 45_000_000_000L;
        TestApi.Response status = null;
        while (System.nanoTime() < deadline) {
            status = api.get("/api/v1/resumes/" + id, token);
            if (wanted.equals(status.text("status"))) {
                return status;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return fail("resume " + id + " not " + wanted + " within 45 s: " + (status == null ? "" : status.raw().body()));
    }

    private static EmbeddedServer start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("micronaut.server.port", -1);
        return ApplicationContext.builder().environments("test").properties(all).start().getBean(EmbeddedServer.class).start();
    }

}
