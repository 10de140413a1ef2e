package dev.applypilot.server.profile;

import dev.applypilot.server.platform.TestApi;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

@MicronautTest(transactional = false)
class ProfileIT {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    TestApi api;

    @BeforeEach
    void setUp() {
        api = new TestApi(server.getURI(), json);
    }

    private String token() {
        return api.register().text("accessToken");
    }

    private TestApi.Response patch(String body, String token, String ifMatch) {
        HttpRequest.Builder request = api.request("/api/v1/profile", token).header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.send(request.build());
    }

    private TestApi.Response put(String body, String token, String ifMatch) {
        HttpRequest.Builder request = api.request("/api/v1/profile", token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.send(request.build());
    }

    @Test
    void storesAProfileAndNormalisesThePhoneToE164() {
        String token = token();
        TestApi.Response saved = put("""
                {"contact":{"givenName":"Ada","familyName":"Lovelace","email":"ada@example.com",
                  "phone":{"display":"+49 (0)151 2345-6789"},"address":{"city":"Berlin","country":"de"}},
                 "links":[{"type":"GITHUB","url":"https://github.com/ada"}],
                 "skills":[{"name":"Java","years":7}],
                 "screening":{"workAuthorization":{"de":"AUTHORIZED"},"workModes":["REMOTE"],"noticePeriodDays":30}}""", token, null);
        assertEquals(200, saved.status(), saved.raw().body());
        assertNotNull(saved.header("ETag"));
        TestApi.Response read = api.get("/api/v1/profile", token);
        assertEquals(saved.header("ETag"), read.header("ETag"));
        assertEquals("+4915123456789", at(read.body(), "contact", "phone", "e164"));
        assertEquals("DE", at(read.body(), "contact", "address", "country"));
        assertEquals("AUTHORIZED", at(read.body(), "screening", "workAuthorization", "DE"));
    }

    @ParameterizedTest(name = "{0} -> 400 on {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"contact\":{\"phone\":{\"display\":\"0151 2345 6789\"}}}|contact.phone",
            "{\"contact\":{\"phone\":{\"e164\":\"+12\"}}}|contact.phone",
            "{\"contact\":{\"address\":{\"country\":\"XX\"}}}|contact.address.country",
            "{\"contact\":{\"address\":{\"country\":\"Germany\"}}}|contact.address.country",
            "{\"contact\":{\"email\":\"ada at example\"}}|contact.email",
            "{\"screening\":{\"workAuthorization\":{\"ZZ\":\"AUTHORIZED\"}}}|screening.workAuthorization.ZZ",
            "{\"screening\":{\"earliestStartDate\":\"2020-01-01\"}}|screening.earliestStartDate",
            "{\"screening\":{\"earliestStartDate\":\"soon\"}}|screening.earliestStartDate",
            "{\"screening\":{\"salary\":{\"min\":90000,\"max\":80000,\"currency\":\"EUR\",\"period\":\"YEAR\"}}}|screening.salary.min",
            "{\"screening\":{\"eeo\":{\"gender\":\"FEMALE\"}}}|eeo.optIn",
            "{\"screening\":{\"eeo\":{\"gender\":\"FEMALE\"}},\"eeo\":{\"optIn\":false}}|eeo.optIn",
            "{\"links\":[{\"type\":\"GITHUB\",\"url\":\"github.com/ada\"}]}|links[0].url",
            "{\"work\":[{\"title\":\"Dev\",\"start\":\"May 2020\"}]}|work[0].start",
    })
    void refusesInvalidValuesNamingTheField(String body, String field) {
        String token = token();
        TestApi.Response response = put(body, token, null);
        assertEquals(400, response.status(), response.raw().body());
        assertEquals(field, response.text("field"), response.raw().body());
        assertNotNull(response.text("guidance"));
        assertNull(api.get("/api/v1/profile", token).header("ETag"), "nothing was stored");
    }

    @Test
    void storesEeoAnswersOnlyWithOptInAndAFutureStartDate() {
        String token = token();
        String start = LocalDate.now().plusDays(30).toString();
        TestApi.Response saved = put("{\"screening\":{\"earliestStartDate\":\"" + start + "\",\"eeo\":{\"gender\":\"FEMALE\"}},\"eeo\":{\"optIn\":true}}", token, null);
        assertEquals(200, saved.status(), saved.raw().body());
        assertEquals("FEMALE", at(saved.body(), "screening", "eeo", "gender"));
        assertEquals(start, at(saved.body(), "screening", "earliestStartDate"));
    }

    @Test
    void aPartialUpdateKeepsTheOtherFields() {
        String token = token();
        put("{\"contact\":{\"givenName\":\"Ada\",\"familyName\":\"Lovelace\",\"email\":\"ada@example.com\"},\"skills\":[{\"name\":\"Java\"}]}", token, null);
        TestApi.Response patched = patch("{\"contact\":{\"email\":\"ada@lovelace.dev\"}}", token, null);
        assertEquals(200, patched.status(), patched.raw().body());
        assertEquals("ada@lovelace.dev", at(patched.body(), "contact", "email"));
        assertEquals("Ada", at(patched.body(), "contact", "givenName"));
        assertEquals("Lovelace", at(patched.body(), "contact", "familyName"));
        assertEquals(List.of(Map.of("name", "Java")), patched.body().get("skills"));

        TestApi.Response cleared = patch("{\"contact\":{\"familyName\":null}}", token, null);
        assertNull(at(cleared.body(), "contact", "familyName"));
        assertEquals("ada@lovelace.dev", at(cleared.body(), "contact", "email"));
    }

    @Test
    void aStaleWriteIsRefusedWith409AndLosesNothing() {
        String token = token();
        String first = put("{\"contact\":{\"givenName\":\"Ada\"}}", token, null).header("ETag");
        TestApi.Response second = patch("{\"contact\":{\"familyName\":\"Lovelace\"}}", token, first);
        assertEquals(200, second.status(), second.raw().body());
        assertNotEquals(first, second.header("ETag"));

        TestApi.Response stale = patch("{\"contact\":{\"givenName\":\"Grace\"}}", token, first);
        assertEquals(409, stale.status(), stale.raw().body());
        assertEquals("stale_profile", stale.text("error"));
        TestApi.Response stalePut = put("{\"contact\":{\"givenName\":\"Grace\"}}", token, first);
        assertEquals(409, stalePut.status());
        TestApi.Response staleByBody = put("{\"contact\":{\"givenName\":\"Grace\"},\"updatedAt\":\"2001-01-01T00:00:00Z\"}", token, null);
        assertEquals(409, staleByBody.status());

        TestApi.Response read = api.get("/api/v1/profile", token);
        assertEquals("Ada", at(read.body(), "contact", "givenName"));
        assertEquals("Lovelace", at(read.body(), "contact", "familyName"));
        assertEquals(second.header("ETag"), read.header("ETag"));
    }

    @Test
    void jsonResumeSurvivesARoundTrip() {
        String token = token();
        String resume = """
                {"basics":{"name":"Ada King Lovelace","email":"ada@example.com","phone":"+44 20 7946 0958","url":"https://ada.dev",
                  "location":{"city":"London","countryCode":"GB","postalCode":"N1 9GU","region":"England"},
                  "profiles":[{"network":"LinkedIn","url":"https://linkedin.com/in/ada"},{"network":"GitHub","username":"ada","url":"https://github.com/ada"}]},
                 "work":[{"name":"Analytical Engines Ltd","position":"Engineer","startDate":"2019-03-01","highlights":["Wrote the first program"]},
                         {"name":"Babbage & Co","position":"Intern","startDate":"2017-01","endDate":"2018-12"}],
                 "education":[{"institution":"University of London","area":"Mathematics","studyType":"Bachelor","startDate":"2013","endDate":"2016"}],
                 "skills":[{"name":"Mathematics","level":"Expert","keywords":["Analysis","Algebra"]}],
                 "languages":[{"language":"English","fluency":"Native speaker"},{"language":"French","fluency":"Fluent"}],
                 "certificates":[{"name":"Difference Engine Operator","date":"2018-05-01","issuer":"Royal Society"}]}""";
        TestApi.Response imported = api.postRaw("/api/v1/profile/import/json-resume", resume, token);
        assertEquals(200, imported.status(), imported.raw().body());
        assertEquals("+442079460958", at(imported.body(), "contact", "phone", "e164"));
        assertEquals("Ada King", at(imported.body(), "contact", "givenName"));

        TestApi.Response exported = api.get("/api/v1/profile/export/json-resume", token);
        assertEquals(200, exported.status());
        assertEquals("Ada King Lovelace", at(exported.body(), "basics", "name"));
        assertEquals("https://ada.dev", at(exported.body(), "basics", "url"));
        assertEquals("GB", at(exported.body(), "basics", "location", "countryCode"));
        assertEquals(2, ((List<?>) at(exported.body(), "basics", "profiles")).size());
        List<?> work = (List<?>) exported.body().get("work");
        assertEquals("2019-03", ((Map<?, ?>) work.get(0)).get("startDate"));
        assertEquals("Babbage & Co", ((Map<?, ?>) work.get(1)).get("name"));
        assertEquals(3, ((List<?>) exported.body().get("skills")).size());

        // Importing our own export changes nothing.
        TestApi.Response again = api.postRaw("/api/v1/profile/import/json-resume", exported.raw().body(), token);
        assertEquals(200, again.status(), again.raw().body());
        Map<String, Object> before = new java.util.HashMap<>(imported.body());
        Map<String, Object> after = new java.util.HashMap<>(again.body());
        before.remove("updatedAt");
        after.remove("updatedAt");
        assertEquals(before, after);
    }

    @Test
    void aUserOnlyEverSeesTheirOwnProfile() {
        String ada = token();
        String eve = token();
        put("{\"contact\":{\"givenName\":\"Ada\"}}", ada, null);
        TestApi.Response eves = api.get("/api/v1/profile", eve);
        assertEquals(200, eves.status());
        assertNull(eves.body().get("contact"));
        assertNull(eves.header("ETag"));
    }

    @SuppressWarnings("unchecked")
    static Object at(Map<String, Object> body, String... path) {
        Object current = body;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = ((Map<String, Object>) map).get(key);
        }
        return current;
    }
}
