package dev.applypilot.server.auth;

import dev.applypilot.server.platform.TestApi;
import dev.applypilot.server.platform.TestServers;
import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two server instances on one PostgreSQL and one Redis: a sign-out on one holds on the other as soon as it answers.
 * Each instance checks requests against its own copy of the deny-list, so these tests pin how that copy is kept.
 */
class RevocationAcrossInstancesIT {
    @Test
    void logoutOnOneInstanceRevokesOnTheOther() {
        try (EmbeddedServer first = TestServers.start();
             EmbeddedServer second = TestServers.start()) {
            JsonMapper json = first.getApplicationContext().getBean(JsonMapper.class);
            TestApi one = new TestApi(first.getURI(), json);
            TestApi two = new TestApi(second.getURI(), json);

            TestApi.Response registered = one.register();
            String access = registered.text("accessToken");
            assertEquals(200, two.get("/api/v1/me", access).status());

            one.post("/api/v1/auth/logout", Map.of("refreshToken", registered.text("refreshToken")), access);
            assertEquals(401, two.get("/api/v1/me", access).status());
            assertEquals(401, two.post("/api/v1/auth/refresh", Map.of("refreshToken", registered.text("refreshToken")), null).status());
        }
    }

    @Test
    void revokingAllTokensOfAUserHoldsOnTheOtherInstanceAtOnce() {
        try (EmbeddedServer first = TestServers.start();
             EmbeddedServer second = TestServers.start()) {
            JsonMapper json = first.getApplicationContext().getBean(JsonMapper.class);
            TestApi.Response registered = new TestApi(first.getURI(), json).register();
            String access = registered.text("accessToken");
            TestApi two = new TestApi(second.getURI(), json);
            assertEquals(200, two.get("/api/v1/me", access).status());

            String userId = ((Map<?, ?>) registered.body().get("account")).get("id").toString();
            first.getApplicationContext().getBean(AccessTokenRevocation.class).revokeAllOf(userId);
            assertEquals(401, two.get("/api/v1/me", access).status());
        }
    }

    @Test
    void anInstanceStartedAfterASignOutRefusesTheToken() {
        try (EmbeddedServer first = TestServers.start()) {
            JsonMapper json = first.getApplicationContext().getBean(JsonMapper.class);
            TestApi one = new TestApi(first.getURI(), json);
            String access = one.register().text("accessToken");
            assertEquals(204, one.post("/api/v1/auth/logout", Map.of(), access).status());

            try (EmbeddedServer later = TestServers.start()) {
                assertEquals(401, new TestApi(later.getURI(), json).get("/api/v1/me", access).status());
            }
        }
    }

    @Test
    void aSignOutWaitsForAnInstanceThatNeverAcknowledgesOnlyUpToTheBound() {
        try (EmbeddedServer first = TestServers.start()) {
            String redisUri = first.getApplicationContext().getProperty("redis.uri", String.class).orElseThrow();
            RedisClient client = RedisClient.create(redisUri);
            // A subscriber that counts as an instance but never applies anything: a stuck replica.
            try (StatefulRedisPubSubConnection<String, String> stuck = client.connectPubSub()) {
                stuck.sync().subscribe(RevocationBroadcast.CHANNEL);
                TestApi one = new TestApi(first.getURI(), first.getApplicationContext().getBean(JsonMapper.class));
                String access = one.register().text("accessToken");

                long started = System.nanoTime();
                assertEquals(204, one.post("/api/v1/auth/logout", Map.of(), access).status());
                long tookMillis = (System.nanoTime() - started) / 1_000_000;
                assertTrue(tookMillis >= RevocationBroadcast.ACK_TIMEOUT.toMillis() - 50, "waited for the missing acknowledgement: " + tookMillis);
                assertTrue(tookMillis < RevocationBroadcast.ACK_TIMEOUT.toMillis() + 3_000, "gave up at the bound: " + tookMillis);
                assertEquals(401, one.get("/api/v1/me", access).status());
            } finally {
                client.shutdown();
            }
        }
    }
}
