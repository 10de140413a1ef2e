package dev.applypilot.server.applications;

import dev.applypilot.server.jobs.JobPayloads;
import dev.applypilot.server.platform.TestApi;
import dev.applypilot.shared.json.JsonValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class ApplicationsIT {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;

    private TestApi api;
    private String token;

    @BeforeEach
    void account() {
        api = new TestApi(server.getURI(), json);
        token = api.register().text("accessToken");
    }

    @Test
    void everyStatusChangeIsOnTheTimelineWithItsSource() {
        String jobId = save("Platform Engineer", "Initech");
        assertEquals(200, status(jobId, "APPLIED", "EXTENSION", null).status());
        TestApi.Response interview = status(jobId, "INTERVIEW_SCHEDULED", "DASHBOARD", null);
        assertEquals("APPLIED", interview.text("previousStatus"));
        JsonValue detail = detail(jobId);
        assertEquals("INTERVIEW_SCHEDULED", detail.get("status").text().orElse(null));
        List<JsonValue> timeline = detail.get("timeline").elements();
        assertEquals(List.of("INTERESTED", "APPLIED", "INTERVIEW_SCHEDULED"), timeline.stream().map(t -> t.get("to").text().orElse("")).toList());
        assertEquals(List.of("EXTENSION", "EXTENSION", "DASHBOARD"), timeline.stream().map(t -> t.get("source").text().orElse("")).toList());
        assertTrue(timeline.get(2).get("at").text().isPresent());
    }

    @Test
    void aRepeatedClientIdChangesTheStatusOnce() {
        String jobId = save("SRE", "Globex");
        String clientId = UUID.randomUUID().toString();
        status(jobId, "APPLIED", "API", clientId);
        status(jobId, "REJECTED", "API", UUID.randomUUID().toString());
        TestApi.Response retry = status(jobId, "APPLIED", "API", clientId);
        assertEquals("APPLIED", retry.text("status"));
        assertEquals("REJECTED", detail(jobId).get("status").text().orElse(null));
        assertEquals(3, detail(jobId).get("timeline").elements().size());
    }

    @Test
    void unknownStatusIs400OnStatus() {
        TestApi.Response response = status(save("X", "Y"), "GHOSTED", "API", null);
        assertEquals(400, response.status());
        assertEquals("status", response.text("field"));
    }

    @Test
    void notesContactsInterviewsAndRemindersShowInTheDetail() {
        String jobId = save("Data Engineer", "Hooli");
        assertEquals(200, api.put("/api/v1/applications/" + jobId + "/notes", Map.of("notes", "Referral from Ana"), token).status());
        assertEquals(201, api.post("/api/v1/applications/" + jobId + "/contacts", Map.of("name", "Ana Silva", "role", "Recruiter", "email", "ana@hooli.example"), token).status());
        assertEquals("email", api.post("/api/v1/applications/" + jobId + "/contacts", Map.of("name", "B", "email", "not-an-email"), token).text("field"));
        TestApi.Response interview = api.post("/api/v1/applications/" + jobId + "/interviews",
                Map.of("startsAt", "2026-12-01T14:30:00Z", "durationMinutes", 45, "type", "Technical", "interviewer", "Sam"), token);
        assertEquals(201, interview.status(), interview.raw().body());
        String interviewId = interview.text("id");
        assertEquals(200, api.send(api.request("/api/v1/applications/" + jobId + "/interviews/" + interviewId, token)
                .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString("{\"outcome\":\"Passed\"}")).build()).status());
        api.post("/api/v1/applications/" + jobId + "/reminders", Map.of("dueAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(), "note", "Follow up"), token);
        api.post("/api/v1/applications/" + jobId + "/reminders", Map.of("dueAt", Instant.now().plus(5, ChronoUnit.DAYS).toString(), "note", "Later"), token);

        JsonValue detail = detail(jobId);
        assertEquals("Referral from Ana", detail.get("notes").text().orElse(null));
        assertEquals("Ana Silva", detail.get("contacts").at(0).get("name").text().orElse(null));
        assertEquals("Passed", detail.get("interviews").at(0).get("outcome").text().orElse(null));
        assertEquals(2, detail.get("reminders").elements().size());

        JsonValue due = JobPayloads.json(api.get("/api/v1/applications/reminders/due", token).raw().body());
        assertEquals(1, due.get("items").elements().size());
        assertEquals("Follow up", due.get("items").at(0).get("note").text().orElse(null));
        String reminderId = due.get("items").at(0).get("id").text().orElseThrow();
        api.post("/api/v1/applications/" + jobId + "/reminders/" + reminderId + "/done", Map.of(), token);
        assertEquals(0, JobPayloads.json(api.get("/api/v1/applications/reminders/due", token).raw().body()).get("items").elements().size());
    }

    @Test
    void interviewCalendarFileIsRfc5545() {
        String jobId = save("Engineer, Platform; Infra", "Acme\\Labs");
        String interviewId = api.post("/api/v1/applications/" + jobId + "/interviews", Map.of("startsAt", "2026-12-01T14:30:00Z",
                "durationMinutes", 90, "type", "Onsite", "location", "HQ, Room 4; Floor 2"), token).text("id");
        TestApi.Response ics = api.get("/api/v1/applications/" + jobId + "/interviews/" + interviewId + "/calendar.ics", token);
        assertEquals(200, ics.status());
        assertTrue(ics.header("Content-Type").startsWith("text/calendar"));
        String body = ics.raw().body();
        assertTrue(body.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), body);
        assertTrue(body.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assertTrue(body.contains("\r\nDTSTART:20261201T143000Z\r\nDTEND:20261201T160000Z\r\n"), body);
        assertTrue(body.contains("LOCATION:HQ\\, Room 4\\; Floor 2\r\n"), body);
        String unfolded = body.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:Onsite interview: Engineer\\, Platform\\; Infra at Acme\\\\Labs\r\n"), unfolded);
        for (String line : body.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
        }
        assertEquals(-1, body.replace("\r\n", "").indexOf('\n'), "bare LF");
        assertEquals(404, api.get("/api/v1/applications/" + jobId + "/interviews/" + UUID.randomUUID() + "/calendar.ics", token).status());
    }

    @Test
    void aReceiptIsAnImmutableSnapshot() throws SQLException {
        String jobId = save("Backend Dev", "Umbrella");
        TestApi.Response created = api.post("/api/v1/applications/" + jobId + "/receipt", Map.of("fieldAnswers",
                Map.of("email", "me@example.com", "whyUs", "Because"), "resumeVersionId", "r-7", "coverLetter", "Dear team"), token);
        assertEquals(201, created.status(), created.raw().body());
        JsonValue receipt = JobPayloads.json(api.get("/api/v1/applications/" + jobId + "/receipt", token).raw().body());
        assertEquals("Because", receipt.get("fieldAnswers").get("whyUs").text().orElse(null));
        assertEquals("r-7", receipt.get("resumeVersionId").text().orElse(null));
        assertEquals("Work on things.", receipt.get("jobDescription").text().orElse(null));

        TestApi.Response again = api.post("/api/v1/applications/" + jobId + "/receipt", Map.of("fieldAnswers", Map.of("email", "other")), token);
        assertEquals(409, again.status());
        assertEquals("receipt_exists", again.text("error"));
        assertEquals(400, api.post("/api/v1/applications/" + jobId + "/receipt", Map.of("coverLetter", "x"), token).status());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE application_receipts SET cover_letter = 'forged' WHERE job_id = ?")) {
            update.setObject(1, UUID.fromString(jobId));
            SQLException refused = assertThrows(SQLException.class, update::executeUpdate);
            assertTrue(refused.getMessage().contains("cannot be changed"), refused.getMessage());
        }
    }

    @Test
    void statsCountStatusesWeeksAndResponseRate() {
        String a = save("A", "Co A");
        String b = save("B", "Co B");
        save("C", "Co C");
        status(a, "APPLIED", "API", null);
        status(b, "APPLIED", "API", null);
        status(b, "REJECTED", "API", null);
        JsonValue stats = JobPayloads.json(api.get("/api/v1/applications/stats", token).raw().body());
        assertEquals(1L, stats.get("byStatus").get("INTERESTED").number().orElse(0.0).longValue());
        assertEquals(1L, stats.get("byStatus").get("APPLIED").number().orElse(0.0).longValue());
        assertEquals(1L, stats.get("byStatus").get("REJECTED").number().orElse(0.0).longValue());
        assertEquals(0.5, stats.get("responseRate").number().orElse(null));
        assertEquals(3.0, stats.get("savedPerWeek").at(0).get("count").number().orElse(null));
        assertTrue(stats.get("savedPerWeek").at(0).get("week").text().orElse("").matches("\\d{4}-W\\d{2}"));
        assertEquals(2.0, stats.get("appliedPerWeek").at(0).get("count").number().orElse(null));
    }

    @Test
    void csvExportQuotesAndDefusesFormulas() {
        save("=HYPERLINK(\"http://evil\")", "Comma, Inc");
        TestApi.Response csv = api.get("/api/v1/applications/export.csv", token);
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        String[] lines = csv.raw().body().split("\r\n");
        assertEquals("job_id,title,company,locations,remote_type,employment_type,salary_min,salary_max,salary_currency,salary_period,"
                + "status,source_url,saved_at,updated_at,notes", lines[0]);
        assertEquals(2, lines.length);
        assertTrue(lines[1].contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",\"Comma, Inc\",Berlin,HYBRID,FULL_TIME,,,,,INTERESTED,"), lines[1]);
    }

    private String save(String title, String company) {
        TestApi.Response saved = api.postRaw("/api/v1/jobs", JobPayloads.save(UUID.randomUUID().toString(), JobPayloads.posting(title, company,
                "Berlin", "https://" + UUID.randomUUID() + ".example/job", "<p>Work on things.</p>")), token);
        assertEquals(201, saved.status(), saved.raw().body());
        return JobPayloads.json(saved.raw().body()).get("job").get("id").text().orElseThrow();
    }

    private TestApi.Response status(String jobId, String status, String source, String clientId) {
        String body = api.write(clientId == null ? Map.of("status", status, "source", source) : Map.of("status", status, "source", source, "clientId", clientId));
        return api.send(api.request("/api/v1/applications/" + jobId + "/status", token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private JsonValue detail(String jobId) {
        TestApi.Response response = api.get("/api/v1/applications/" + jobId, token);
        assertEquals(200, response.status(), response.raw().body());
        return JobPayloads.json(response.raw().body());
    }
}
