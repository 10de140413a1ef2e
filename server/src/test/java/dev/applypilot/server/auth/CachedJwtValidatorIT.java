package dev.applypilot.server.auth;

import dev.applypilot.server.platform.TestApi;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.security.token.validator.TokenValidator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** A token's validation is kept after its first use; these pin that revocation and expiry still hold on every request. */
@MicronautTest
class CachedJwtValidatorIT {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    JwtTokenGenerator tokenGenerator;
    @Inject
    AccessTokenRevocation revocation;
    TestApi api;

    @BeforeEach
    void setUp() {
        api = new TestApi(server.getURI(), json);
    }

    @Test
    void isTheOnlyValidatorOfBearerTokens() {
        var validators = server.getApplicationContext().getBeansOfType(TokenValidator.class);
        assertEquals(1, validators.size(), validators.toString());
        assertInstanceOf(CachedJwtValidator.class, validators.iterator().next());
    }

    @Test
    void refusesAKeptTokenOnceItIsSignedOut() {
        TestApi.Response registered = api.register();
        String access = registered.text("accessToken");
        assertEquals(200, api.get("/api/v1/me", access).status());
        assertEquals(200, api.get("/api/v1/me", access).status(), "answered from the kept validation");

        assertEquals(204, api.post("/api/v1/auth/logout", Map.of("refreshToken", registered.text("refreshToken")), access).status());
        assertEquals(401, api.get("/api/v1/me", access).status());
    }

    @Test
    void refusesAKeptTokenOnceAllTokensOfItsUserAreRevoked() {
        TestApi.Response registered = api.register();
        String access = registered.text("accessToken");
        assertEquals(200, api.get("/api/v1/me", access).status());
        assertEquals(200, api.get("/api/v1/me", access).status());

        revocation.revokeAllOf(userId(registered));
        assertEquals(401, api.get("/api/v1/me", access).status());
    }

    @Test
    void refusesAKeptTokenOnceItHasExpired() throws InterruptedException {
        String userId = userId(api.register());
        long now = Instant.now().getEpochSecond();
        String shortLived = tokenGenerator.generateToken(Map.of("sub", userId, "roles", List.of("user"), "jti", UUID.randomUUID().toString(),
                "iss", "applypilot", "iat", now, "exp", now + 2)).orElseThrow();
        assertEquals(200, api.get("/api/v1/me", shortLived).status());
        assertEquals(200, api.get("/api/v1/me", shortLived).status());

        // "exp" has second precision: past it by a safe margin.
        Thread.sleep(Math.max(0, (now + 3) * 1000 - System.currentTimeMillis()) + 200);
        TestApi.Response response = api.get("/api/v1/me", shortLived);
        assertEquals(401, response.status());
        assertEquals("unauthorized", response.text("error"));
    }

    private static String userId(TestApi.Response registered) {
        return ((Map<?, ?>) registered.body().get("account")).get("id").toString();
    }
}
