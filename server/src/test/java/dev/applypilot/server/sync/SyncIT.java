package dev.applypilot.server.sync;

import dev.applypilot.server.jobs.JobPayloads;
import dev.applypilot.server.platform.TestApi;
import dev.applypilot.server.platform.TestServers;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonValue;
import dev.applypilot.shared.sync.SyncFrame;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two server instances on one PostgreSQL and one Redis; clients on real WebSockets. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyncIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private EmbeddedServer first;
    private EmbeddedServer second;
    private TestApi one;
    private TestApi two;

    @BeforeAll
    void start() {
        System.setProperty("applypilot.sync.heartbeat-interval", "1s");
        System.setProperty("micronaut.server.idle-timeout", "3s");
        first = TestServers.start();
        second = TestServers.start();
        JsonMapper json = first.getApplicationContext().getBean(JsonMapper.class);
        one = new TestApi(first.getURI(), json);
        two = new TestApi(second.getURI(), json);
    }

    @AfterAll
    void stop() {
        System.clearProperty("applypilot.sync.heartbeat-interval");
        System.clearProperty("micronaut.server.idle-timeout");
        first.close();
        second.close();
    }

    @Test
    void aSaveOnOneInstanceReachesTheUsersSocketOnTheOtherAndNobodyElses() {
        String token = one.register().text("accessToken");
        String stranger = one.register().text("accessToken");
        try (SyncClient client = SyncClient.connect(second.getURI(), token);
             SyncClient other = SyncClient.connect(second.getURI(), stranger)) {
            assertEquals("bearer", client.subprotocol());
            client.send(new SyncFrame.Hello(0));
            other.send(new SyncFrame.Hello(0));
            SyncFrame.Welcome welcome = (SyncFrame.Welcome) client.await(f -> f instanceof SyncFrame.Welcome, WAIT);
            assertEquals(0, welcome.lastEventId());
            other.await(f -> f instanceof SyncFrame.Welcome, WAIT);

            TestApi.Response saved = one.postRaw("/api/v1/jobs", JobPayloads.fresh(), token);
            SyncFrame.Event event = (SyncFrame.Event) client.await(f -> f instanceof SyncFrame.Event, WAIT);
            assertEquals(1, event.id());
            assertEquals("job.saved", event.kind());
            assertEquals(jobId(saved), event.payload().get("job").get("id").text().orElse(null));
            assertEquals("INTERESTED", event.payload().get("applicationStatus").text().orElse(null));
            assertTrue(other.drain(Duration.ofMillis(500)).stream().noneMatch(f -> f instanceof SyncFrame.Event));
        }
    }

    @Test
    void anOfflineClientCatchesUpExactlyOnceWhileNewEventsKeepComing() {
        String token = one.register().text("accessToken");
        long seen;
        try (SyncClient client = SyncClient.connect(second.getURI(), token)) {
            client.send(new SyncFrame.Hello(0));
            one.postRaw("/api/v1/jobs", JobPayloads.fresh(), token);
            one.postRaw("/api/v1/jobs", JobPayloads.fresh(), token);
            client.await(f -> f instanceof SyncFrame.Event e && e.id() == 2, WAIT);
            seen = 2;
        }
        for (int i = 0; i < 30; i++) {
            one.postRaw("/api/v1/jobs", JobPayloads.fresh(), token);
        }
        try (SyncClient client = SyncClient.connect(second.getURI(), token)) {
            client.send(new SyncFrame.Hello(seen));
            // Live events race the replay: both instances write while the socket is catching up.
            for (int i = 0; i < 10; i++) {
                (i % 2 == 0 ? one : two).postRaw("/api/v1/jobs", JobPayloads.fresh(), token);
            }
            List<Long> ids = client.drain(Duration.ofSeconds(2)).stream()
                    .filter(f -> f instanceof SyncFrame.Event).map(f -> ((SyncFrame.Event) f).id()).toList();
            assertEquals(java.util.stream.LongStream.rangeClosed(3, 42).boxed().toList(), ids);
        }
    }

    @Test
    void anEventWhosePublishWasLostIsFilledInFromPostgres() throws Exception {
        TestApi.Response account = one.register();
        String token = account.text("accessToken");
        UUID userId = UUID.fromString(JsonParser.parse(account.raw().body()).get("account").get("id").text().orElseThrow());
        try (SyncClient client = SyncClient.connect(second.getURI(), token)) {
            client.send(new SyncFrame.Hello(0));
            client.await(f -> f instanceof SyncFrame.Welcome, WAIT);
            // As if Redis had been down: the event is committed but never published.
            first.getApplicationContext().getBean(Transactions.class).write(c -> {
                try (PreparedStatement counter = c.prepareStatement("INSERT INTO event_counters (user_id, last_id) VALUES (?, 1)");
                     PreparedStatement event = c.prepareStatement(
                             "INSERT INTO events (user_id, id, kind, payload) VALUES (?, 1, 'profile.updated', '{\"n\":1}')")) {
                    counter.setObject(1, userId);
                    counter.executeUpdate();
                    event.setObject(1, userId);
                    return event.executeUpdate();
                }
            });
            one.postRaw("/api/v1/jobs", JobPayloads.fresh(), token);
            SyncFrame.Event missed = (SyncFrame.Event) client.await(f -> f instanceof SyncFrame.Event, WAIT);
            assertEquals(1, missed.id());
            assertEquals("profile.updated", missed.kind());
            SyncFrame.Event live = (SyncFrame.Event) client.await(f -> f instanceof SyncFrame.Event, WAIT);
            assertEquals(2, live.id());
        }
    }

    @Test
    void aRetriedWriteIsAppliedOnceAndAckedWithTheFirstResult() {
        String token = one.register().text("accessToken");
        try (SyncClient client = SyncClient.connect(first.getURI(), token)) {
            client.send(new SyncFrame.Hello(0));
            String clientId = UUID.randomUUID().toString();
            JsonValue payload = JsonParser.parse(JobPayloads.fresh());
            client.send(new SyncFrame.Write(clientId, "job.save", payload));
            SyncFrame.Ack ack = (SyncFrame.Ack) client.await(f -> f instanceof SyncFrame.Ack, WAIT);
            client.send(new SyncFrame.Write(clientId, "job.save", payload));
            SyncFrame.Ack retry = (SyncFrame.Ack) client.await(f -> f instanceof SyncFrame.Ack, WAIT);
            assertEquals(ack, retry);
            assertEquals("false", ack.result().get("duplicate").text().orElse(null));
            String jobId = ack.result().get("job").get("id").text().orElseThrow();

            TestApi.Response rest = two.postRaw("/api/v1/jobs", JobPayloads.json(JobPayloads.fresh()).toJson()
                    .replaceFirst("\"clientId\":\"[^\"]+\"", "\"clientId\":\"" + clientId + "\""), token);
            assertEquals(200, rest.status());
            assertEquals(jobId, jobId(rest));

            String statusId = UUID.randomUUID().toString();
            JsonValue status = JsonParser.parse("{\"jobId\":\"" + jobId + "\",\"status\":\"APPLIED\",\"source\":\"EXTENSION\"}");
            client.send(new SyncFrame.Write(statusId, "application.status", status));
            client.send(new SyncFrame.Write(statusId, "application.status", status));
            SyncFrame statusAck = client.await(f -> f instanceof SyncFrame.Ack a && a.clientId().equals(statusId), WAIT);
            assertEquals(statusAck, client.await(f -> f instanceof SyncFrame.Ack a && a.clientId().equals(statusId), WAIT));
            assertEquals("INTERESTED", ((SyncFrame.Ack) statusAck).result().get("previousStatus").text().orElse(null));
            JsonValue timeline = JobPayloads.json(one.get("/api/v1/applications/" + jobId, token).raw().body()).get("timeline");
            assertEquals(2, timeline.elements().size(), "one INTERESTED and one APPLIED entry");
            assertEquals(1, JobPayloads.json(one.get("/api/v1/jobs", token).raw().body()).get("items").elements().size());
        }
    }

    @Test
    void malformedFramesGetAnErrorAndTheSocketStaysOpen() {
        String token = one.register().text("accessToken");
        String stranger = one.register().text("accessToken");
        String foreignJob = jobId(one.postRaw("/api/v1/jobs", JobPayloads.fresh(), stranger));
        try (SyncClient client = SyncClient.connect(first.getURI(), token)) {
            client.sendText("this is not json");
            assertEquals("malformed_json", error(client).code());
            client.sendText("{\"type\":\"teleport\"}");
            assertEquals("unknown_type", error(client).code());
            client.sendText("{\"type\":\"write\",\"clientId\":\"c1\",\"op\":\"job.delete\",\"payload\":{}}");
            SyncFrame.Error unknownOp = error(client);
            assertEquals("unknown_op", unknownOp.code());
            assertEquals("c1", unknownOp.clientId());
            client.send(new SyncFrame.Write("c2", "application.status", JsonParser.parse("{\"jobId\":\"" + foreignJob + "\",\"status\":\"REJECTED\"}")));
            assertEquals("not_found", error(client).code());
            client.send(new SyncFrame.Write("c3", "job.save", JsonParser.parse("{\"job\":{\"company\":\"No title\"}}")));
            assertEquals("validation_failed", error(client).code());
            client.send(new SyncFrame.Ping());
            client.await(f -> f instanceof SyncFrame.Pong, WAIT);
            client.await(f -> f instanceof SyncFrame.Heartbeat, WAIT);
            assertTrue(client.isOpen());
        }
        assertEquals("INTERESTED", one.get("/api/v1/jobs/" + foreignJob, stranger).text("applicationStatus"));
    }

    @Test
    void aQuietClientStaysConnectedPastTheIdleTimeout() throws InterruptedException {
        String token = one.register().text("accessToken");
        try (SyncClient client = SyncClient.connect(second.getURI(), token)) {
            client.send(new SyncFrame.Hello(0));
            client.await(f -> f instanceof SyncFrame.Welcome, WAIT);
            Thread.sleep(6000); // twice the 3 s idle timeout, sending nothing
            assertTrue(client.isOpen());
            client.send(new SyncFrame.Ping());
            client.await(f -> f instanceof SyncFrame.Pong, WAIT);
        }
    }

    @Test
    void aSocketWithoutAValidTokenIsRefused() {
        HttpClient http = HttpClient.newHttpClient();
        URI ws = URI.create(first.getURI().toString().replaceFirst("^http", "ws") + "/ws");
        CompletionException noToken = assertThrows(CompletionException.class,
                () -> http.newWebSocketBuilder().buildAsync(ws, new WebSocket.Listener() { }).join());
        assertInstanceOf(java.net.http.WebSocketHandshakeException.class, noToken.getCause());
        assertEquals(401, ((java.net.http.WebSocketHandshakeException) noToken.getCause()).getResponse().statusCode());
        assertThrows(CompletionException.class, () -> http.newWebSocketBuilder().subprotocols("bearer", "forged.token.value")
                .buildAsync(ws, new WebSocket.Listener() { }).join());
    }

    private static SyncFrame.Error error(SyncClient client) {
        return (SyncFrame.Error) client.await(f -> f instanceof SyncFrame.Error, WAIT);
    }

    private static String jobId(TestApi.Response response) {
        return JobPayloads.json(response.raw().body()).get("job").get("id").text().orElseThrow(() -> new AssertionError(response.raw().body()));
    }
}
