package dev.applypilot.server.matching;

import dev.applypilot.server.jobs.JobPayloads;
import dev.applypilot.server.platform.TestApi;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The matching REST API over real saved jobs, uploaded resumes and PostgreSQL, with the offline embedding model. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingApiIT {
    static final String RESUME = """
            Jordan Example
            Senior Backend Engineer
            jordan@example.com

            Summary
            Backend engineer with 8 years building Java services on Spring Boot, PostgreSQL and Docker.

            Experience
            Senior Backend Engineer, Acme Payments, Berlin
            2019 - Present
            - Built payment APIs in Java 17 and Spring Boot serving 2,000 requests per second.
            - Ran PostgreSQL schema migrations and tuned queries; deployed with Docker and Kubernetes.
            Backend Developer, Shopware GmbH
            2016 - 2019
            - Wrote REST services in Java and Spring; CI/CD with Jenkins.

            Education
            B.Sc. Computer Science, TU Berlin

            Skills
            Java, Spring Boot, PostgreSQL, Docker, Kubernetes, REST, Git
            """;
    static final String BACKEND_JOB = """
            <h2>Senior Java Backend Engineer</h2><p>We build payment infrastructure.</p>
            <h3>Requirements</h3><ul><li>5+ years of experience with Java and Spring Boot</li>
            <li>Strong PostgreSQL skills</li><li>Experience with Kafka and Docker</li><li>Kubernetes in production</li></ul>
            <h3>Nice to have</h3><ul><li>Terraform and AWS</li><li>GraphQL</li></ul><p>This role is fully remote.</p>""";
    static final String NURSE_JOB = """
            <h2>Registered Nurse, ICU</h2><h3>Requirements</h3><ul><li>Active RN license</li>
            <li>3+ years of critical care nursing experience</li><li>BLS and ACLS certification</li>
            <li>Patient assessment and care planning</li></ul>""";
    static final String IOS_JOB = """
            <h2>iOS Developer</h2><h3>Requirements</h3><ul><li>3+ years of Swift and SwiftUI</li>
            <li>Experience with Xcode, Core Data and the App Store release process</li></ul>
            <h3>Nice to have</h3><ul><li>Objective-C</li></ul>""";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private TestApi api;
    private String token;
    private String resumeId;
    private String backendJob;
    private String nurseJob;
    private String iosJob;
    private String backendUrl;

    @BeforeAll
    void userWithResumeAndThreeJobs() {
        api = new TestApi(server.getURI(), json);
        token = api.register().text("accessToken");
        TestApi.Response profile = api.put("/api/v1/profile", Map.of(
                "contact", Map.of("givenName", "Jordan", "address", Map.of("city", "Berlin", "country", "DE")),
                "skills", List.of(Map.of("name", "Kafka")),
                "screening", Map.of("workAuthorization", Map.of("DE", "AUTHORIZED"))), token);
        assertEquals(200, profile.status(), profile.raw().body());
        resumeId = uploadParsed(token, RESUME);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        backendUrl = "https://jobs.example.com/matching/" + tag + "/backend";
        nurseJob = saveJob(token, "Registered Nurse " + tag, "City Hospital", "https://jobs.example.com/matching/" + tag + "/nurse", NURSE_JOB);
        backendJob = saveJob(token, "Senior Java Backend Engineer " + tag, "PayCo", backendUrl, BACKEND_JOB);
        iosJob = saveJob(token, "iOS Developer " + tag, "AppCo", "https://jobs.example.com/matching/" + tag + "/ios", IOS_JOB);
    }

    @Test
    void scoresASavedJobForThePrimaryResumeWithEvidenceConstraintsAndBreakdown() {
        TestApi.Response response = api.get("/api/v1/matching/jobs/" + backendJob, token);
        assertEquals(200, response.status(), response.raw().body());
        assertEquals(resumeId, response.text("resumeId"));
        assertNotNull(response.text("engineVersion"));
        Map<?, ?> result = (Map<?, ?>) response.body().get("result");
        int score = ((Number) result.get("score")).intValue();
        assertTrue(score >= 65, "a strong backend match scores GOOD or better: " + score);
        assertEquals(MatchBand.of(score).name(), result.get("band"));
        List<?> matched = (List<?>) result.get("matched");
        assertTrue(skills(matched).containsAll(List.of("Java", "Spring Boot", "PostgreSQL", "Docker")), matched.toString());
        Map<?, ?> kafka = find(matched, "Kafka");
        assertEquals("Listed in profile skills", kafka.get("resumeEvidence"), "profile skills count as evidence");
        assertNotNull(find(matched, "Java").get("jobEvidence"));
        assertTrue(skills((List<?>) result.get("missing")).contains("Terraform"), result.get("missing").toString());
        assertFalse(((List<?>) result.get("constraints")).isEmpty());
        assertFalse(((List<?>) ((Map<?, ?>) result.get("breakdown")).get("components")).isEmpty());

        TestApi.Response explicit = api.get("/api/v1/matching/jobs/" + backendJob + "?resumeId=" + resumeId, token);
        assertEquals(response.body().get("result"), explicit.body().get("result"), "same inputs, same result");
    }

    @Test
    void ranksAllSavedJobsBestFirstWithTopMissingKeywords() {
        long started = System.nanoTime();
        TestApi.Response response = api.get("/api/v1/matching/rank?limit=10", token);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, response.status(), response.raw().body());
        System.out.println("matching rank over 3 saved jobs: " + millis + " ms");
        assertEquals(3, ((Number) response.body().get("totalJobs")).intValue());
        List<?> items = (List<?>) response.body().get("items");
        assertEquals(List.of(backendJob), items.stream().limit(1).map(i -> ((Map<?, ?>) i).get("jobId")).toList());
        int previous = Integer.MAX_VALUE;
        for (Object item : items) {
            int score = ((Number) ((Map<?, ?>) item).get("score")).intValue();
            assertTrue(score <= previous, "best first: " + items);
            previous = score;
        }
        Map<?, ?> ios = items.stream().map(i -> (Map<?, ?>) i).filter(i -> iosJob.equals(i.get("jobId"))).findFirst().orElseThrow();
        assertTrue(((List<?>) ios.get("topMissing")).contains("Swift"), ios.toString());

        TestApi.Response top1 = api.get("/api/v1/matching/rank?limit=1", token);
        assertEquals(1, ((List<?>) top1.body().get("items")).size());
        assertEquals(400, api.get("/api/v1/matching/rank?limit=0", token).status());
    }

    @Test
    void recordsEachDistinctResultOncePerJobAndResumeVersion() {
        api.get("/api/v1/matching/jobs/" + nurseJob, token);
        api.get("/api/v1/matching/jobs/" + nurseJob, token);
        api.get("/api/v1/matching/rank", token);
        List<?> rows = (List<?>) api.get("/api/v1/matching/history?jobId=" + nurseJob + "&resumeId=" + resumeId, token).body().get("items");
        assertEquals(1, rows.size(), "identical consecutive results are stored once: " + rows);
        Map<?, ?> row = (Map<?, ?>) rows.get(0);
        assertEquals(nurseJob, row.get("jobId"));
        assertEquals(resumeId, row.get("resumeId"));
        assertEquals(((Map<?, ?>) row.get("result")).get("score"), row.get("score"));
        assertNotNull(row.get("createdAt"));
        assertNotNull(row.get("engineVersion"));

        String second = uploadParsed(token, RESUME + "\nCertifications\nAWS Certified Developer, Terraform Associate\n");
        TestApi.Response other = api.get("/api/v1/matching/jobs/" + backendJob + "?resumeId=" + second, token);
        assertEquals(200, other.status(), other.raw().body());
        List<?> secondRows = (List<?>) api.get("/api/v1/matching/history?resumeId=" + second, token).body().get("items");
        assertEquals(1, secondRows.size(), secondRows.toString());
        assertEquals(backendJob, ((Map<?, ?>) secondRows.get(0)).get("jobId"));
        List<?> all = (List<?>) api.get("/api/v1/matching/history?jobId=" + backendJob, token).body().get("items");
        assertTrue(all.size() >= 2, "both resume versions for the job: " + all);
    }

    @Test
    void looksUpThePageJobByItsUrlWithFiveMissingKeywordsAtMost() {
        TestApi.Response page = api.get("/api/v1/matching/page?url=" + encode(backendUrl + "?utm_source=linkedin"), token);
        assertEquals(200, page.status(), page.raw().body());
        assertEquals(backendJob, page.text("jobId"));
        assertEquals(resumeId, page.text("resumeId"));
        assertTrue(((List<?>) page.body().get("topMissing")).size() <= 5);
        assertEquals(api.get("/api/v1/matching/jobs/" + backendJob, token).body().get("result") instanceof Map<?, ?> r ? r.get("score") : null,
                page.body().get("score"));

        TestApi.Response unsaved = api.get("/api/v1/matching/page?url=" + encode("https://jobs.example.com/never-saved/1"), token);
        assertEquals(404, unsaved.status(), unsaved.raw().body());
        assertEquals(400, api.get("/api/v1/matching/page", token).status());
    }

    @Test
    void anotherUsersJobsAndResumesAreNotFound() {
        String stranger = api.register().text("accessToken");
        uploadParsed(stranger, RESUME);
        assertEquals(404, api.get("/api/v1/matching/jobs/" + backendJob, stranger).status());
        assertEquals(404, api.get("/api/v1/matching/jobs/not-a-uuid", stranger).status());
        assertEquals(404, api.get("/api/v1/matching/rank?resumeId=" + resumeId, stranger).status());
        assertEquals(404, api.get("/api/v1/matching/history?jobId=" + backendJob, stranger).status());
        assertEquals(404, api.get("/api/v1/matching/history?resumeId=" + resumeId, stranger).status());
        assertEquals(404, api.get("/api/v1/matching/page?url=" + encode(backendUrl), stranger).status());
        String ownJob = saveJob(stranger, "Backend Engineer", "Else", "https://jobs.example.com/matching/" + UUID.randomUUID(), BACKEND_JOB);
        assertEquals(404, api.get("/api/v1/matching/jobs/" + ownJob + "?resumeId=" + resumeId, stranger).status());
    }

    @Test
    void withoutAResumeMatchingAsksForOne() {
        String fresh = api.register().text("accessToken");
        String job = saveJob(fresh, "Backend Engineer", "Else", "https://jobs.example.com/matching/" + UUID.randomUUID(), BACKEND_JOB);
        for (String path : List.of("/api/v1/matching/jobs/" + job, "/api/v1/matching/rank")) {
            TestApi.Response response = api.get(path, fresh);
            assertEquals(409, response.status(), response.raw().body());
            assertEquals("no_resume", response.text("error"));
            assertTrue(response.text("guidance").toLowerCase(java.util.Locale.ROOT).contains("upload a resume first"));
        }
    }

    @Test
    void ranksFortySavedJobsColdThenWarm() {
        String user = api.register().text("accessToken");
        uploadParsed(user, RESUME);
        String tag = UUID.randomUUID().toString();
        String[] bodies = {BACKEND_JOB, NURSE_JOB, IOS_JOB};
        int n = 40;
        for (int i = 0; i < n; i++) {
            // A unique line per job, so every description is a cache miss on the first ranking.
            saveJob(user, "Job " + i + " " + tag, "Company " + i, "https://jobs.example.com/bulk/" + tag + "/" + i,
                    bodies[i % 3] + "<p>Requisition " + tag + "-" + i + "</p>");
        }
        // Model loaded and resume embedded first, so "cold" measures the job descriptions' embeddings only.
        String warmUp = saveJob(user, "Warm-up " + tag, "Warm", "https://jobs.example.com/bulk/" + tag + "/warm", BACKEND_JOB);
        assertEquals(200, api.get("/api/v1/matching/jobs/" + warmUp, user).status());
        long cold = timeRank(user, n + 1);
        long warm = timeRank(user, n + 1);
        System.out.println("matching rank over " + n + " saved jobs: cold " + cold + " ms, warm " + warm + " ms");
    }

    private long timeRank(String user, int expected) {
        long started = System.nanoTime();
        TestApi.Response response = api.get("/api/v1/matching/rank?limit=5", user);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, response.status(), response.raw().body());
        assertEquals(expected, ((Number) response.body().get("totalJobs")).intValue());
        return millis;
    }

    private String saveJob(String user, String title, String company, String url, String html) {
        TestApi.Response saved = api.postRaw("/api/v1/jobs",
                JobPayloads.save(UUID.randomUUID().toString(), JobPayloads.posting(title, company, "Berlin, DE", url, html)), user);
        assertEquals(201, saved.status(), saved.raw().body());
        return ((Map<?, ?>) saved.body().get("job")).get("id").toString();
    }

    private String uploadParsed(String user, String text) {
        String boundary = "----matching" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"resume.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        TestApi.Response accepted = api.send(api.request("/api/v1/resumes", user)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        assertEquals(202, accepted.status(), accepted.raw().body());
        String id = accepted.text("id");
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            String status = api.get("/api/v1/resumes/" + id, user).text("status");
            if ("PARSED".equals(status)) {
                return id;
            }
            assertFalse("FAILED".equals(status), "resume parse failed");
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return fail("resume " + id + " was not parsed within 30 s");
    }

    private static List<Object> skills(List<?> keywords) {
        return keywords.stream().map(k -> (Object) ((Map<?, ?>) k).get("skill")).toList();
    }

    private static Map<?, ?> find(List<?> keywords, String skill) {
        return keywords.stream().map(k -> (Map<?, ?>) k).filter(k -> skill.equals(k.get("skill"))).findFirst()
                .orElseThrow(() -> new AssertionError(skill + " not in " + keywords));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
