package dev.applypilot.server.auth;

import dev.applypilot.server.platform.TestApi;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class AuthIT {
    private static final String PASSWORD = "correct horse battery";
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    JwtTokenGenerator tokenGenerator;
    TestApi api;

    @BeforeEach
    void setUp() {
        api = new TestApi(server.getURI(), json);
    }

    private static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    @Test
    void registersSignsInAndReadsTheAccount() {
        String email = uniqueEmail();
        TestApi.Response registered = api.post("/api/v1/auth/register", Map.of("email", email.toUpperCase(java.util.Locale.ROOT), "password", PASSWORD), null);
        assertEquals(201, registered.status(), registered.raw().body());
        assertEquals(900L, ((Number) registered.body().get("expiresIn")).longValue());

        TestApi.Response login = api.post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD), null);
        assertEquals(200, login.status());
        TestApi.Response me = api.get("/api/v1/me", login.text("accessToken"));
        assertEquals(200, me.status());
        assertEquals(email, me.text("email"));
    }

    @Test
    void refusesADuplicateEmailWhateverItsCase() {
        String email = uniqueEmail();
        assertEquals(201, api.post("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD), null).status());
        TestApi.Response again = api.post("/api/v1/auth/register", Map.of("email", email.toUpperCase(), "password", PASSWORD), null);
        assertEquals(409, again.status());
        assertEquals("email_taken", again.text("error"));
        assertNotNull(again.text("guidance"));
    }

    @Test
    void namesTheFieldOfAValidationError() {
        TestApi.Response shortPassword = api.post("/api/v1/auth/register", Map.of("email", uniqueEmail(), "password", "short"), null);
        assertEquals(400, shortPassword.status());
        assertEquals("validation_failed", shortPassword.text("error"));
        assertEquals("password", shortPassword.text("field"));

        TestApi.Response badEmail = api.post("/api/v1/auth/register", Map.of("email", "not-an-email", "password", PASSWORD), null);
        assertEquals(400, badEmail.status());
        assertEquals("email", badEmail.text("field"));
    }

    @Test
    void answersWrongPasswordAndUnknownEmailAlike() {
        String email = uniqueEmail();
        api.post("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD), null);
        TestApi.Response wrongPassword = api.post("/api/v1/auth/login", Map.of("email", email, "password", "wrong password!"), null);
        TestApi.Response unknown = api.post("/api/v1/auth/login", Map.of("email", uniqueEmail(), "password", "wrong password!"), null);
        assertEquals(401, wrongPassword.status());
        assertEquals(401, unknown.status());
        assertEquals(wrongPassword.raw().body(), unknown.raw().body());
    }

    @Test
    void rotatesRefreshTokensAndRevokesTheFamilyOnReuse() {
        TestApi.Response registered = api.register();
        String first = registered.text("refreshToken");

        TestApi.Response rotated = api.post("/api/v1/auth/refresh", Map.of("refreshToken", first), null);
        assertEquals(200, rotated.status());
        String second = rotated.text("refreshToken");
        assertNotEquals(first, second);

        TestApi.Response reuse = api.post("/api/v1/auth/refresh", Map.of("refreshToken", first), null);
        assertEquals(401, reuse.status());
        assertEquals("refresh_token_reused", reuse.text("error"));
        // The thief may hold `second`; reuse detection ended the whole session, so it is dead too.
        assertEquals(401, api.post("/api/v1/auth/refresh", Map.of("refreshToken", second), null).status());
    }

    @Test
    void logoutRevokesTheAccessAndRefreshTokens() {
        TestApi.Response registered = api.register();
        String access = registered.text("accessToken");
        assertEquals(200, api.get("/api/v1/me", access).status());

        assertEquals(204, api.post("/api/v1/auth/logout", Map.of("refreshToken", registered.text("refreshToken")), access).status());
        assertEquals(401, api.get("/api/v1/me", access).status());
        assertEquals(401, api.post("/api/v1/auth/refresh", Map.of("refreshToken", registered.text("refreshToken")), null).status());
    }

    @Test
    void refusesExpiredAndTamperedTokens() {
        TestApi.Response registered = api.register();
        String access = registered.text("accessToken");
        String[] parts = access.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + (parts[2].startsWith("A") ? "B" : "A") + parts[2].substring(1);
        assertEquals(401, api.get("/api/v1/me", tampered).status());

        long past = Instant.now().minusSeconds(60).getEpochSecond();
        String expired = tokenGenerator.generateToken(Map.of("sub", UUID.randomUUID().toString(), "iat", past - 900, "exp", past)).orElseThrow();
        TestApi.Response response = api.get("/api/v1/me", expired);
        assertEquals(401, response.status());
        assertEquals("unauthorized", response.text("error"));
    }

    @Test
    void answersMalformedJsonWithTheErrorShape() {
        TestApi.Response response = api.postRaw("/api/v1/auth/login", "{\"email\": ", null);
        assertEquals(400, response.status());
        assertEquals("malformed_request", response.text("error"));
        assertNotNull(response.text("message"));
        assertNotNull(response.text("guidance"));
        assertTrue(!response.raw().body().contains("Exception"), "no stack trace or exception name reaches the client");
    }

    @Test
    void refusesAnOversizeJsonBody() {
        String huge = "{\"email\":\"" + "a".repeat(2 * 1024 * 1024) + "\",\"password\":\"x\"}";
        TestApi.Response response = api.postRaw("/api/v1/auth/login", huge, null);
        assertEquals(413, response.status());
        assertEquals("payload_too_large", response.text("error"));
    }

    @Test
    void allowsTheExtensionOriginAndRefusesForeignOnes() {
        var foreign = api.send(api.request("/api/v1/auth/login", null)
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(403, foreign.status());

        var extension = api.send(api.request("/api/v1/auth/login", null)
                .header("Origin", "chrome-extension://maenpcchdjepnkkmdpgpajleaafbhgbo").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, extension.status());
        assertEquals("chrome-extension://maenpcchdjepnkkmdpgpajleaafbhgbo", extension.header("Access-Control-Allow-Origin"));
    }
}
