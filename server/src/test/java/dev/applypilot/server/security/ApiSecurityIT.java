package dev.applypilot.server.security;

import dev.applypilot.server.jobs.JobPayloads;
import dev.applypilot.server.platform.TestApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpMethod;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every {@code /api/v1} route, listed from Micronaut's router so a new endpoint is covered without touching this
 * class: authentication, ownership (another user's ids answer exactly like missing ones), oversize and malformed
 * bodies. Every refusal must carry the {@code {"error","message","guidance"}} shape.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "applypilot.generation.free-daily-limit", value = "1000")
class ApiSecurityIT {
    /** The documented anonymous API: everything else needs a valid access token. */
    private static final Set<String> ANONYMOUS = Set.of("POST /api/v1/auth/register", "POST /api/v1/auth/login",
            "POST /api/v1/auth/refresh", "POST /api/v1/auth/extension-code/exchange");
    private static final String TWO_MEGABYTES = "{\"pad\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    Router router;
    @Inject
    JwtTokenGenerator jwt;

    private TestApi api;
    private String ownerToken;
    private String ownerId;
    private String strangerToken;
    private String strangerId;
    private final Map<String, String> ownerIds = new HashMap<>();

    record Route(HttpMethod method, String template, List<String> variables, boolean declaresBody, boolean multipart) {
        String key() {
            return method + " " + template;
        }

        boolean sendsBody() {
            return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
        }

        String path(Map<String, Object> ids) {
            String path = template;
            for (Map.Entry<String, Object> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue().toString());
            }
            return path;
        }
    }

    @BeforeAll
    void ownerCreatesOneOfEverything() {
        api = new TestApi(server.getURI(), json);
        TestApi.Response owner = api.register();
        ownerToken = owner.text("accessToken");
        ownerId = account(owner);
        TestApi.Response stranger = api.register();
        strangerToken = stranger.text("accessToken");
        strangerId = account(stranger);

        TestApi.Response job = api.postRaw("/api/v1/jobs", JobPayloads.fresh(), ownerToken);
        assertEquals(201, job.status(), job.raw().body());
        String jobId = JobPayloads.json(job.raw().body()).get("job").get("id").text().orElseThrow();
        String interviewId = created(api.post("/api/v1/applications/" + jobId + "/interviews",
                Map.of("startsAt", "2026-12-01T14:30:00Z", "type", "Technical"), ownerToken));
        String reminderId = created(api.post("/api/v1/applications/" + jobId + "/reminders",
                Map.of("dueAt", "2026-12-02T09:00:00Z", "note", "Follow up"), ownerToken));
        created(api.post("/api/v1/applications/" + jobId + "/receipt", Map.of("fieldAnswers", Map.of("email", "a@example.com")), ownerToken));
        String requestId = UUID.randomUUID().toString();
        String letterId = created(api.post("/api/v1/generation/cover-letter", generation("requestId", requestId), ownerToken));
        String sessionId = created(api.post("/api/v1/generation/interview", generation(), ownerToken));
        TestApi.Response queued = api.send(api.request("/api/v1/generation/cover-letter", ownerToken).header("Content-Type", "application/json")
                .header("Prefer", "respond-async").POST(HttpRequest.BodyPublishers.ofString(api.write(generation()))).build());
        assertEquals(202, queued.status(), queued.raw().body());
        String answerId = created(api.post("/api/v1/answers", Map.of("question", "Why us?", "answer", "Because."), ownerToken));
        String resumeId = parsedResume();
        ownerIds.putAll(Map.of("jobs:id", jobId, "jobId", jobId, "interviewId", interviewId, "reminderId", reminderId,
                "requestId", requestId, "generation:id", letterId, "generation/interview:id", sessionId));
        ownerIds.putAll(Map.of("answers:id", answerId, "resumes:id", resumeId, "generation/jobs:id", queued.text("id")));
        ownerIds.putAll(Map.of("kind", "resume-parse", "entryId", "1733300000000-0"));
    }

    /** A parsed resume, so the owner's reads of resume and match routes answer 200. */
    private String parsedResume() {
        String boundary = "----applypilot-security";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nAda Lovelace\nada@example.com\n\nSKILLS\nJava, Kafka, Kubernetes\n\r\n--" + boundary + "--\r\n";
        TestApi.Response upload = api.send(api.request("/api/v1/resumes", ownerToken)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(202, upload.status(), upload.raw().body());
        String id = upload.text("id");
        for (int i = 0; i < 120 && !"PARSED".equals(api.get("/api/v1/resumes/" + id, ownerToken).text("status")); i++) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return id;
    }

    @Test
    void theRouterListsTheWholeApi() {
        List<Route> routes = apiRoutes();
        System.out.printf("ApiSecurityIT: %d /api/v1 routes, %d with id variables, %d with bodies%n", routes.size(),
                routes.stream().filter(r -> !r.variables().isEmpty()).count(), routes.stream().filter(Route::sendsBody).count());
        assertTrue(routes.size() >= 30, "routes: " + routes);
        for (String anonymous : ANONYMOUS) {
            assertTrue(routes.stream().anyMatch(r -> r.key().equals(anonymous)), "documented anonymous route exists: " + anonymous);
        }
    }

    @Test
    void withoutATokenOnlyTheDocumentedAnonymousRoutesAnswer() {
        for (Route route : apiRoutes()) {
            TestApi.Response response = call(route, randomIds(route), route.sendsBody() ? "{}" : null, null);
            if (ANONYMOUS.contains(route.key())) {
                assertTrue(response.status() != 401 && response.status() < 500, route.key() + " -> " + response.status());
            } else {
                assertRefused(route, response, 401);
            }
        }
    }

    @Test
    void expiredTamperedAndUnsignedTokensAreRefusedEverywhere() {
        long now = Instant.now().getEpochSecond();
        String expired = jwt.generateToken(Map.of("sub", ownerId, "roles", List.of("user"), "jti", UUID.randomUUID().toString(),
                "iss", "applypilot", "iat", now - 3600, "exp", now - 60)).orElseThrow();
        String[] parts = ownerToken.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace(ownerId, strangerId);
        String tampered = parts[0] + "." + base64(payload) + "." + parts[2];
        String unsigned = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        assertEquals(200, api.get("/api/v1/me", ownerToken).status(), "the untouched token works");
        for (Route route : apiRoutes()) {
            if (ANONYMOUS.contains(route.key())) {
                continue;
            }
            for (String token : List.of(expired, tampered, unsigned, "not-a-jwt")) {
                assertRefused(route, call(route, ownerIds(route), route.sendsBody() ? "{}" : null, token), 401);
            }
        }
    }

    @Test
    void anotherUsersIdsAnswer404ExactlyLikeMissingOnes() {
        int checked = 0;
        for (Route route : apiRoutes()) {
            if (route.variables().isEmpty()) {
                continue;
            }
            if (route.template().startsWith("/api/v1/admin/")) {
                // Operator routes: {kind} names a work queue, not anybody's resource; a non-admin is refused whatever the ids.
                assertRefused(route, call(route, ownerIds(route), null, strangerToken), 403);
                assertRefused(route, call(route, randomIds(route), null, strangerToken), 403);
                continue;
            }
            String body = route.sendsBody() ? validBody(route) : null;
            TestApi.Response stranger = call(route, ownerIds(route), body, strangerToken);
            TestApi.Response missing = call(route, randomIds(route), body, strangerToken);
            if (route.template().equals("/api/v1/generation/progress/{requestId}")) {
                // A client-chosen request id, not a stored resource: foreign and unknown ids both read as "no steps yet".
                assertEquals(200, stranger.status());
                assertEquals(missing.raw().body(), stranger.raw().body(), "foreign progress reads like unknown progress");
                assertEquals("[]", stranger.raw().body().trim());
            } else {
                assertRefused(route, stranger, 404);
                assertRefused(route, missing, 404);
                assertEquals(missing.text("error"), stranger.text("error"), route.key());
            }
            if (route.method() == HttpMethod.GET) {
                assertEquals(200, call(route, ownerIds(route), null, ownerToken).status(), "the owner reads " + route.key());
            }
            checked++;
        }
        System.out.println("ApiSecurityIT: ownership checked on " + checked + " routes");
        assertTrue(checked >= 15);
    }

    @Test
    void twoMegabyteBodiesAre413OnEveryWritingRoute() {
        for (Route route : writingRoutes()) {
            String token = tokenFor(route);
            assertRefused(route, call(route, ownerIds(route), TWO_MEGABYTES, token), 413);
        }
    }

    @Test
    void chunkedJsonBodiesWithoutALengthAre411() {
        for (Route route : writingRoutes()) {
            HttpRequest request = api.request(route.path(ownerIds(route)), tokenFor(route)).header("Content-Type", "application/json")
                    .method(route.method().name(), HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(TWO_MEGABYTES.getBytes(StandardCharsets.UTF_8)))).build();
            assertRefused(route, api.send(request), 411);
        }
    }

    @Test
    void malformedJsonIs400OnEveryRouteThatReadsABody() {
        for (Route route : writingRoutes()) {
            TestApi.Response response = call(route, ownerIds(route), "{\"job\": {\"title\": ", tokenFor(route));
            if (route.declaresBody()) {
                assertRefused(route, response, 400);
            } else {
                assertTrue(response.status() < 500, route.key() + " ignores its body: " + response.status());
            }
        }
    }

    /** JSON-writing routes; the multipart upload has its own size and type checks (ResumeIT). */
    private List<Route> writingRoutes() {
        return apiRoutes().stream().filter(Route::sendsBody).filter(route -> !route.multipart()).toList();
    }

    private List<Route> apiRoutes() {
        List<Route> routes = new ArrayList<>();
        // HEAD routes mirror every GET without a body to check; OPTIONS is CORS preflight.
        router.uriRoutes().filter(r -> r.getUriMatchTemplate().toString().startsWith("/api/v1/"))
                .filter(r -> r.getHttpMethod() != HttpMethod.HEAD && r.getHttpMethod() != HttpMethod.OPTIONS)
                .forEach(r -> routes.add(route(r)));
        return routes.stream().collect(java.util.stream.Collectors.toMap(Route::key, r -> r, (a, b) -> a, java.util.TreeMap::new))
                .values().stream().toList();
    }

    private static Route route(UriRouteInfo<?, ?> info) {
        // Query variables ({?url}) are not part of the path; the path template is what the router matches.
        List<String> pathVariables = info.getUriMatchTemplate().getVariables().stream().filter(v -> !v.isQuery())
                .map(io.micronaut.http.uri.UriMatchVariable::getName).toList();
        boolean multipart = info.getConsumes().stream().anyMatch(type -> type.matches(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE));
        return new Route(info.getHttpMethod(), info.getUriMatchTemplate().toPathString(), pathVariables, info.getBodyArgument().isPresent(), multipart);
    }

    private Map<String, Object> ownerIds(Route route) {
        Map<String, Object> values = new HashMap<>();
        for (String variable : route.variables()) {
            String value = ownerIds.get(variable);
            if (variable.equals("id")) {
                String area = route.template().startsWith("/api/v1/generation/interview/") ? "generation/interview"
                        : route.template().startsWith("/api/v1/generation/jobs/") ? "generation/jobs"
                        : route.template().startsWith("/api/v1/generation/") ? "generation"
                        : route.template().startsWith("/api/v1/answers/") ? "answers"
                        : route.template().startsWith("/api/v1/resumes/") ? "resumes" : "jobs";
                value = ownerIds.get(area + ":id");
            }
            if (value == null) {
                fail("No owner resource for {" + variable + "} of " + route.key() + ": create one in ownerCreatesOneOfEverything");
            }
            values.put(variable, value);
        }
        return values;
    }

    private static Map<String, Object> randomIds(Route route) {
        Map<String, Object> values = new HashMap<>();
        route.variables().forEach(v -> values.put(v, UUID.randomUUID().toString()));
        return values;
    }

    /** A body the route would accept from its owner, so a 404 cannot come from validation. */
    private String validBody(Route route) {
        Object body = switch (route.key()) {
            case "PATCH /api/v1/applications/{jobId}/status" -> Map.of("status", "APPLIED");
            case "PUT /api/v1/applications/{jobId}/notes" -> Map.of("notes", "mine now");
            case "POST /api/v1/applications/{jobId}/contacts" -> Map.of("name", "Mallory");
            case "POST /api/v1/applications/{jobId}/interviews" -> Map.of("startsAt", "2026-12-03T10:00:00Z", "type", "Phone");
            case "PATCH /api/v1/applications/{jobId}/interviews/{interviewId}" -> Map.of("outcome", "Rejected");
            case "POST /api/v1/applications/{jobId}/reminders" -> Map.of("dueAt", "2026-12-04T10:00:00Z");
            case "POST /api/v1/applications/{jobId}/reminders/{reminderId}/done" -> Map.of();
            case "POST /api/v1/applications/{jobId}/receipt" -> Map.of("fieldAnswers", Map.of("email", "m@example.com"));
            case "PUT /api/v1/generation/cover-letter/{id}" -> Map.of("text", "Overwritten.");
            case "POST /api/v1/generation/interview/{id}/answers" -> Map.of("questionId", "q1", "answer", "I built a fix in Java.");
            case "PUT /api/v1/answers/{id}" -> Map.of("question", "Why them?", "answer", "Taken over.");
            case "POST /api/v1/answers/{id}/used" -> Map.of();
            case "PATCH /api/v1/resumes/{id}" -> Map.of("notes", "mine now");
            case "POST /api/v1/resumes/{id}/merge" -> Map.of("skills", "union");
            default -> null;
        };
        if (body == null) {
            fail("No valid body for " + route.key() + ": add one to validBody");
        }
        return api.write(body);
    }

    /** Logging out with the shared token would end the owner's session for the other checks. */
    private String tokenFor(Route route) {
        return route.template().equals("/api/v1/auth/logout") ? api.register().text("accessToken") : ownerToken;
    }

    private TestApi.Response call(Route route, Map<String, Object> ids, String body, String token) {
        HttpRequest.Builder request = api.request(route.path(ids), token);
        if (body == null) {
            request.method(route.method().name(), HttpRequest.BodyPublishers.noBody());
        } else {
            String type = route.multipart() ? "multipart/form-data; boundary=----none" : "application/json";
            request.header("Content-Type", type).method(route.method().name(), HttpRequest.BodyPublishers.ofString(body));
        }
        return api.send(request.build());
    }

    private static void assertRefused(Route route, TestApi.Response response, int status) {
        assertEquals(status, response.status(), route.key() + " -> " + response.raw().body());
        for (String key : List.of("error", "message", "guidance")) {
            String value = response.text(key);
            assertTrue(value != null && !value.isBlank(), route.key() + " " + status + " lacks \"" + key + "\": " + response.raw().body());
        }
    }

    private Map<String, Object> generation(Object... extra) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "job", Map.of("title", "Platform Engineer", "company", "Fabrikam", "description",
                        "We need a platform engineer with Java, Kafka and Kubernetes who owns production reliability."),
                "profile", Map.of("contact", Map.of("givenName", "Dana", "familyName", "Kowalski", "email", "dana@example.com"),
                        "skills", List.of(Map.of("name", "Java"), Map.of("name", "Kafka"))),
                "resumeText", "unique " + UUID.randomUUID()));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    private static String created(TestApi.Response response) {
        assertTrue(response.status() == 201, response.raw().body());
        return response.text("id");
    }

    @SuppressWarnings("unchecked")
    private static String account(TestApi.Response tokens) {
        return ((Map<String, Object>) tokens.body().get("account")).get("id").toString();
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
