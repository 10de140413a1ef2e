package dev.applypilot.server.auth;

import dev.applypilot.server.platform.TestApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@Property(name = "applypilot.auth.login-per-account-per15-minutes", value = "3")
class RateLimitIT {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void limitsSignInAttemptsPerAccountWithRetryAfter() {
        TestApi api = new TestApi(server.getURI(), json);
        Map<String, String> attempt = Map.of("email", "target-" + UUID.randomUUID() + "@example.com", "password", "guess guess guess");
        for (int i = 0; i < 3; i++) {
            assertEquals(401, api.post("/api/v1/auth/login", attempt, null).status());
        }
        TestApi.Response limited = api.post("/api/v1/auth/login", attempt, null);
        assertEquals(429, limited.status());
        assertEquals("rate_limited", limited.text("error"));
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 900, "Retry-After within the 15-minute window: " + retryAfter);
    }
}
