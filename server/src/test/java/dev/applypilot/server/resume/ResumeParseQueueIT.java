package dev.applypilot.server.resume;

import dev.applypilot.server.platform.TestApi;
import dev.applypilot.server.platform.TestSql;
import dev.applypilot.server.work.WorkStreams;
import io.lettuce.core.Consumer;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Resume parsing on the Redis Streams work queue with real server instances on one PostgreSQL and one Redis: shared
 * work done once, a message a dead consumer took is reclaimed, a job that always fails ends FAILED and dead-lettered,
 * and an upload while Redis is down is parsed once Redis is back.
 */
class ResumeParseQueueIT {
    private static final String STREAM = WorkStreams.stream(ResumeParseWorker.KIND);
    /** Short claims so reclaims and retries happen within a test. */
    private static final Map<String, Object> FAST_RECLAIM = Map.of("applypilot.work.claim-idle", "1s",
            "applypilot.work.reclaim-interval", "300ms", "applypilot.work.block", "500ms");

    @Test
    void twoInstancesShareTheParsesAndEachResumeIsParsedOnce() {
        try (EmbeddedServer one = start(Map.of()); EmbeddedServer two = start(Map.of())) {
            TestApi api = api(one);
            // Two users with 8 versions each: below the 10 kept per user, so none is pruned meanwhile.
            List<String> tokens = List.of(api.register().text("accessToken"), api.register().text("accessToken"));
            Map<String, String> owners = new java.util.LinkedHashMap<>();
            for (int i = 0; i < 16; i++) {
                String token = tokens.get(i % 2);
                TestApi.Response accepted = upload(i % 4 < 2 ? api : api(two), token, "v" + i + ".pdf", ResumeFixtures.pdf("v" + i, null));
                assertEquals(202, accepted.status(), accepted.raw().body());
                owners.put(accepted.text("id"), token);
            }
            for (Map.Entry<String, String> resume : owners.entrySet()) {
                String id = resume.getKey();
                assertEquals("PARSED", awaitFinished(api, resume.getValue(), id).text("status"));
                assertEquals(1, attempts(one, id), "parsed exactly once: " + id);
                assertEquals(1, TestSql.count(one, "select count(*) from events where kind = 'resume.status' and payload->>'resumeId' = '" + id
                        + "' and payload->>'status' = 'PARSED'"), "one PARSED event: " + id);
            }
            String ids = owners.keySet().stream().map(id -> "'" + id + "'").collect(java.util.stream.Collectors.joining(","));
            System.out.printf("upload committed -> claimed by a worker: avg %d ms, max %d ms over 16%n",
                    TestSql.count(one, "select avg(extract(epoch from parse_started_at - created_at) * 1000)::bigint from resumes where id in (" + ids + ")"),
                    TestSql.count(one, "select max(extract(epoch from parse_started_at - created_at) * 1000)::bigint from resumes where id in (" + ids + ")"));
            long parsedByOne = parses(one);
            long parsedByTwo = parses(two);
            System.out.printf("16 parses shared: %d on instance one, %d on instance two%n", parsedByOne, parsedByTwo);
            assertEquals(16, parsedByOne + parsedByTwo);
            assertTrue(parsedByOne > 0 && parsedByTwo > 0, "both instances took work");
        }
    }

    @Test
    void aMessageTakenByAConsumerThatDiedIsReclaimedByAnotherInstance() throws Exception {
        Map<String, Object> webOnly = new HashMap<>(FAST_RECLAIM);
        webOnly.put("applypilot.work.consume", "false");
        try (EmbeddedServer web = start(webOnly)) {
            TestApi api = api(web);
            String token = api.register().text("accessToken");
            String id = upload(api, token, "resume.txt", ResumeFixtures.txt("v1")).text("id");

            // A real consumer in the group takes the message and dies without acknowledging it.
            RedisClient client = web.getApplicationContext().getBean(RedisClient.class);
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                RedisCommands<String, String> redis = connection.sync();
                Consumer<String> crashed = Consumer.from(WorkStreams.GROUP, "crashed-worker-" + UUID.randomUUID());
                takeMessageFor(redis, crashed, id);
                Thread.sleep(1500);
                assertEquals("PENDING", api.get("/api/v1/resumes/" + id, token).text("status"), "nobody else has it yet");

                try (EmbeddedServer worker = start(FAST_RECLAIM)) {
                    assertEquals("PARSED", awaitFinished(api, token, id).text("status"));
                    assertEquals(1, parses(worker));
                }
                assertEquals(0, redis.xpending(STREAM, WorkStreams.GROUP).getConsumerMessageCount().getOrDefault(crashed.getName(), 0L),
                        "the dead consumer holds nothing any more");
                redis.xgroupDelconsumer(STREAM, crashed);
            }
        }
    }

    @Test
    void aResumeWhoseParseAlwaysFailsIsFailedAfterThreeAttemptsAndDeadLettered() {
        try (EmbeddedServer server = start(FAST_RECLAIM)) {
            // Real PostgreSQL refuses to store this file's parse result, every time: a failure no retry can fix.
            // Each attempt's claim commits before the refusal, so the attempts table keeps when every attempt began.
            TestSql.execute(server, """
                    create table if not exists resume_parse_queue_it_attempts (resume_id uuid, began_at timestamptz);
                    create or replace function resume_parse_queue_it_refuse() returns trigger language plpgsql as $$
                    begin
                      if new.parse_status = 'PARSED' and new.file_name like 'always-fails-%' then
                        raise exception 'storage refused the parse result';
                      end if;
                      if new.parse_status = 'PARSING' and new.file_name like 'always-fails-%' then
                        insert into resume_parse_queue_it_attempts values (new.id, clock_timestamp());
                      end if;
                      return new;
                    end $$;
                    create or replace trigger resume_parse_queue_it_refuse before update on resumes
                      for each row execute function resume_parse_queue_it_refuse()""");
            try {
                TestApi api = api(server);
                String token = api.register().text("accessToken");
                String id = upload(api, token, "always-fails-" + UUID.randomUUID() + ".txt", ResumeFixtures.txt("v1")).text("id");

                TestApi.Response failed = awaitFinished(api, token, id);
                assertEquals("FAILED", failed.text("status"), failed.raw().body());
                Map<?, ?> error = (Map<?, ?>) failed.body().get("error");
                assertEquals("retries_exhausted", error.get("code"));
                assertEquals("Parsing failed 3 times on our side; the file was not read.", error.get("message"));
                assertEquals(3, attempts(server, id));
                // Backoff: the second attempt waits claim-idle (1 s) after the first, the third twice that; less the few
                // ms between a delivery and its claim in PostgreSQL. Without backoff both gaps would be about 1 s.
                long first = TestSql.count(server, gapMillis(id, 1));
                long second = TestSql.count(server, gapMillis(id, 2));
                System.out.printf("retry gaps: %d ms, %d ms%n", first, second);
                assertTrue(first >= 900, "second attempt after claim-idle: " + first + " ms");
                assertTrue(second >= 1900, "third attempt after twice claim-idle: " + second + " ms");
                assertEquals(1, TestSql.count(server, "select count(*) from events where kind = 'resume.status' and payload->>'resumeId' = '" + id
                        + "' and payload->>'status' = 'FAILED' and payload->>'errorCode' = 'retries_exhausted'"));

                RedisCommands<String, String> redis = server.getApplicationContext().getBean(RedisClient.class).connect().sync();
                List<StreamMessage<String, String>> dead = redis.xrange(WorkStreams.deadLetters(ResumeParseWorker.KIND), Range.create("-", "+"))
                        .stream().filter(m -> id.equals(m.getBody().get("job"))).toList();
                assertEquals(1, dead.size(), "one dead-letter entry");
                assertEquals("3", dead.get(0).getBody().get("deliveries"));
                assertTrue(dead.get(0).getBody().get("reason").contains("storage refused the parse result"), dead.get(0).getBody().toString());
                redis.getStatefulConnection().close();

                String metrics = eventuallyContains(api, "applypilot_work_dead_letters{kind=\"resume-parse\"");
                assertTrue(metrics.contains("applypilot_work_pending{kind=\"resume-parse\""), "pending gauge");
                assertTrue(metrics.contains("applypilot_work_stream_length{kind=\"resume-parse\""), "stream length gauge");
            } finally {
                TestSql.execute(server, "drop trigger resume_parse_queue_it_refuse on resumes; drop function resume_parse_queue_it_refuse(); "
                        + "drop table resume_parse_queue_it_attempts");
            }
        }
    }

    @Test
    void aResumeUploadedWhileRedisIsDownIsParsedOnceRedisIsBack() throws Exception {
        int port = freePort();
        RedisServer redis = redis(port);
        Map<String, Object> properties = new HashMap<>(FAST_RECLAIM);
        properties.putAll(Map.of("redis.uri", "redis://127.0.0.1:" + port, "applypilot.work.requeue-after", "1s",
                "applypilot.work.sweep-interval", "500ms"));
        try (EmbeddedServer server = start(properties)) {
            TestApi api = api(server);
            String token = api.register().text("accessToken");

            redis.stop();
            TestApi.Response accepted = upload(api, token, "resume.txt", ResumeFixtures.txt("v1"));
            assertEquals(202, accepted.status(), accepted.raw().body());
            String id = accepted.text("id");
            Thread.sleep(2000);
            assertEquals("PENDING", api.get("/api/v1/resumes/" + id, token).text("status"), "kept in PostgreSQL while Redis is down");

            redis = redis(port); // a new, empty Redis: the stream and its group are gone too
            long back = System.nanoTime();
            assertEquals("PARSED", awaitFinished(api, token, id).text("status"));
            System.out.printf("parsed %d ms after Redis came back%n", (System.nanoTime() - back) / 1_000_000);
        } finally {
            redis.stop();
        }
    }

    private static EmbeddedServer start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("micronaut.server.port", -1);
        return ApplicationContext.builder().environments("test").properties(all).start().getBean(EmbeddedServer.class).start();
    }

    private static RedisServer redis(int port) throws java.io.IOException {
        RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"").build();
        redis.start();
        return redis;
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static TestApi api(EmbeddedServer server) {
        return new TestApi(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    private static TestApi.Response upload(TestApi api, String token, String fileName, byte[] content) {
        Multipart multipart = Multipart.file(fileName, "application/octet-stream", content);
        return api.send(api.request("/api/v1/resumes", token).header("Content-Type", multipart.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body())).build());
    }

    /** Reads as {@code consumer} until the message for {@code resumeId} arrives; older strays are acknowledged. */
    private static void takeMessageFor(RedisCommands<String, String> redis, Consumer<String> consumer, String resumeId) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (StreamMessage<String, String> message : redis.xreadgroup(consumer, XReadArgs.Builder.block(500).count(1),
                    XReadArgs.StreamOffset.lastConsumed(STREAM))) {
                if (resumeId.equals(message.getBody().get(WorkStreams.JOB))) {
                    return;
                }
                redis.xack(STREAM, WorkStreams.GROUP, message.getId());
            }
        }
        fail("the message for " + resumeId + " never arrived");
    }

    private static TestApi.Response awaitFinished(TestApi api, String token, String id) {
        long deadline = System.nanoTime() + 45_000_000_000L;
        while (System.nanoTime() < deadline) {
            TestApi.Response status = api.get("/api/v1/resumes/" + id, token);
            assertEquals(200, status.status(), status.raw().body());
            if (status.text("status").equals("PARSED") || status.text("status").equals("FAILED")) {
                return status;
            }
            pause(50);
        }
        return fail("resume " + id + " did not finish within 45 s");
    }

    private static String eventuallyContains(TestApi api, String text) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        String metrics = "";
        while (System.nanoTime() < deadline) {
            metrics = api.get("/prometheus", null).raw().body();
            if (metrics.contains(text)) {
                return metrics;
            }
            pause(200);
        }
        return fail("no " + text + " in /prometheus:\n" + metrics);
    }

    /** Parses this instance actually ran (skipped duplicates do not count). */
    private static long parses(EmbeddedServer server) {
        var timer = server.getApplicationContext().getBean(MeterRegistry.class).find("applypilot.resumes.parse").tag("outcome", "parsed").timer();
        return timer == null ? 0 : timer.count();
    }

    /** The query for the time between attempt {@code n} of a resume and the next one, in milliseconds. */
    private static String gapMillis(String id, int n) {
        return "select (extract(epoch from lead(began_at) over (order by began_at) - began_at) * 1000)::bigint from "
                + "resume_parse_queue_it_attempts where resume_id = '" + id + "' order by began_at offset " + (n - 1) + " limit 1";
    }

    private static int attempts(EmbeddedServer server, String id) {
        return (int) TestSql.count(server, "select parse_attempts from resumes where id = '" + id + "'");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
