package dev.applypilot.server.auth;

import dev.applypilot.server.platform.TestApi;
import dev.applypilot.server.platform.TestServers;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two server instances on one PostgreSQL and one Redis: a sign-out on one holds on the other. */
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
}
