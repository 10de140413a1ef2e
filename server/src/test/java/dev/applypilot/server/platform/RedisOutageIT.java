package dev.applypilot.server.platform;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Redis stops under a running server: sign-in and reads keep working (limits fail open), and Redis is used again once it is back. */
class RedisOutageIT {
    @Test
    void keepsServingWithoutRedisAndUsesItAgainAfterItsRestart() throws Exception {
        int port = FreePort.find();
        RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"").build();
        redis.start();
        try (ApplicationContext context = ApplicationContext.builder().environments("test").properties(Map.of(
                "micronaut.server.port", -1, "redis.uri", "redis://127.0.0.1:" + port)).start()) {
            assertEquals("redis://127.0.0.1:" + port, context.getProperty("redis.uri", String.class).orElseThrow());
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            TestApi api = new TestApi(server.getURI(), context.getBean(JsonMapper.class));
            TestApi.Response account = api.register();

            redis.stop();
            long started = System.nanoTime();
            TestApi.Response login = api.post("/api/v1/auth/login",
                    Map.of("email", account.body().get("account") instanceof Map<?, ?> a ? a.get("email") : "", "password", "correct horse battery"), null);
            assertEquals(200, login.status(), login.raw().body());
            assertEquals(200, api.get("/api/v1/me", login.text("accessToken")).status());
            assertTrue(System.nanoTime() - started < 5_000_000_000L, "no stall while Redis is down");

            redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"").build();
            redis.start();
            // Once Lettuce has reconnected, a sign-out lands on the deny-list again and the token stops working.
            int status = DatabaseOutageIT.eventually(() -> {
                String token = api.post("/api/v1/auth/login", Map.of("email", ((Map<?, ?>) account.body().get("account")).get("email"),
                        "password", "correct horse battery"), null).text("accessToken");
                api.post("/api/v1/auth/logout", Map.of(), token);
                return api.get("/api/v1/me", token).status();
            }, 401);
            assertEquals(401, status);
        } finally {
            redis.stop();
        }
    }
}
