package dev.applypilot.server.resume;

import dev.applypilot.server.platform.TestApi;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

@MicronautTest(transactional = false)
class ResumeIT {
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

    private TestApi.Response upload(String token, String fileName, String contentType, byte[] content) {
        Multipart multipart = Multipart.file(fileName, contentType, content);
        return api.send(api.request("/api/v1/resumes", token).header("Content-Type", multipart.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body())).build());
    }

    private TestApi.Response awaitParse(String token, String id) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            TestApi.Response status = api.get("/api/v1/resumes/" + id, token);
            assertEquals(200, status.status(), status.raw().body());
            String state = status.text("status");
            if (state.equals("PARSED") || state.equals("FAILED")) {
                return status;
            }
            sleep(50);
        }
        return fail("resume " + id + " was not parsed within 30 s");
    }

    private String uploadParsed(String token, String fileName, byte[] content) {
        TestApi.Response accepted = upload(token, fileName, "application/octet-stream", content);
        assertEquals(202, accepted.status(), accepted.raw().body());
        TestApi.Response parsed = awaitParse(token, accepted.text("id"));
        assertEquals("PARSED", parsed.text("status"), parsed.raw().body());
        return accepted.text("id");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pdf,resume.pdf,application/pdf,PDF", "docx,resume.docx,application/octet-stream,DOCX", "txt,resume.txt,text/plain,TXT"})
    void uploadsParsesInTheBackgroundAndDownloadsTheOriginal(String kind, String fileName, String claimedType, String fileType) throws Exception {
        String token = token();
        byte[] content = switch (kind) {
            case "pdf" -> ResumeFixtures.pdf("v1", null);
            case "docx" -> ResumeFixtures.docx("v1");
            default -> ResumeFixtures.txt("v1");
        };
        long start = System.nanoTime();
        TestApi.Response accepted = upload(token, fileName, claimedType, content);
        assertEquals(202, accepted.status(), accepted.raw().body());
        assertEquals("/api/v1/resumes/" + accepted.text("id"), accepted.header("Location"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), accepted.text("sha256"));

        TestApi.Response parsed = awaitParse(token, accepted.text("id"));
        long wallMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("PARSED", parsed.text("status"), parsed.raw().body());
        assertEquals(fileType, parsed.text("fileType"));
        Map<?, ?> contact = (Map<?, ?>) ((Map<?, ?>) parsed.body().get("parsed")).get("contact");
        assertEquals(ResumeFixtures.EMAIL, contact.get("email"));
        System.out.printf("upload->parsed %s: %d ms server (uploadToParsedMillis), %d ms client wall incl. polling%n",
                fileType, ((Number) parsed.body().get("uploadToParsedMillis")).longValue(), wallMillis);

        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(api.request("/api/v1/resumes/" + accepted.text("id") + "/file", token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertArrayEquals(content, file.body());
        assertTrue(file.headers().firstValue("Content-Disposition").orElseThrow().contains(fileName));
        assertEquals(parsed.text("contentType"), file.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void anEncryptedPdfIsRefusedWith422AndGuidance() {
        TestApi.Response response = upload(token(), "locked.pdf", "application/pdf", ResumeFixtures.pdf("v1", "user-secret"));
        assertEquals(422, response.status(), response.raw().body());
        assertEquals("encrypted", response.text("error"));
        assertTrue(response.text("guidance").contains("password"));
    }

    @Test
    void aCorruptPdfIsRefusedWith422() {
        byte[] pdf = ResumeFixtures.pdf("v1", null);
        byte[] truncated = java.util.Arrays.copyOf(pdf, pdf.length / 3);
        TestApi.Response response = upload(token(), "broken.pdf", "application/pdf", truncated);
        assertEquals(422, response.status(), response.raw().body());
        assertEquals("corrupt", response.text("error"));
    }

    @Test
    void theTypeComesFromTheBytesNotFromTheClaimedContentType() {
        String token = token();
        TestApi.Response docxClaimingPdf = upload(token, "resume.pdf", "application/pdf", ResumeFixtures.docx("v1"));
        assertEquals(202, docxClaimingPdf.status(), docxClaimingPdf.raw().body());
        assertEquals("DOCX", docxClaimingPdf.text("fileType"));
        assertEquals("resume.docx", docxClaimingPdf.text("fileName"));
        assertTrue(docxClaimingPdf.text("contentType").contains("wordprocessingml"));

        TestApi.Response zipClaimingPdf = upload(token, "resume.pdf", "application/pdf", ResumeFixtures.plainZip());
        assertEquals(422, zipClaimingPdf.status(), zipClaimingPdf.raw().body());
        assertEquals("unsupported_type", zipClaimingPdf.text("error"));
    }

    @Test
    void aFileOver10MbIsRefusedWith413BeforeItIsRead() throws Exception {
        byte[] big = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        Multipart multipart = Multipart.file("huge.txt", "text/plain", big);
        HttpRequest request = api.request("/api/v1/resumes", token()).header("Content-Type", multipart.contentType())
                .timeout(java.time.Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body())).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().contains("file_too_large"), response.body());
    }

    @Test
    void aStreamedFileOver10MbWithoutContentLengthIsRefusedWith413() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 300 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        Multipart multipart = Multipart.file("huge.txt", "text/plain", big);
        HttpRequest request = api.request("/api/v1/resumes", token()).header("Content-Type", multipart.contentType())
                .timeout(java.time.Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(multipart.body()))).build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return; // the server may close the connection before the client finished sending: refused all the same
        }
        assertEquals(413, response.statusCode(), response.body());
    }

    @Test
    void keepsTheNewestTenVersionsAndThePrimary() {
        String token = token();
        String first = upload(token, "v0.txt", "text/plain", ResumeFixtures.txt("v0")).text("id");
        String second = upload(token, "v1.txt", "text/plain", ResumeFixtures.txt("v1")).text("id");
        for (int i = 2; i < 12; i++) {
            assertEquals(202, upload(token, "v" + i + ".txt", "text/plain", ResumeFixtures.txt("v" + i)).status());
        }
        TestApi.Response list = api.send(api.request("/api/v1/resumes", token).GET().build());
        List<Map<String, Object>> versions = readList(list.raw().body());
        assertEquals(11, versions.size(), "10 newest + the primary");
        assertTrue(versions.stream().anyMatch(v -> v.get("id").equals(first) && Boolean.TRUE.equals(v.get("primary"))));
        assertFalse(versions.stream().anyMatch(v -> v.get("id").equals(second)));
        assertEquals(404, api.get("/api/v1/resumes/" + second, token).status());
    }

    @Test
    void tagsNotesAndThePrimaryMarkAreEditable() {
        String token = token();
        String first = upload(token, "a.txt", "text/plain", ResumeFixtures.txt("a")).text("id");
        String second = upload(token, "b.txt", "text/plain", ResumeFixtures.txt("b")).text("id");
        TestApi.Response patched = patch("/api/v1/resumes/" + second, "{\"tags\":[\"backend\",\"de\"],\"notes\":\"for Berlin jobs\",\"primary\":true}", token);
        assertEquals(200, patched.status(), patched.raw().body());
        assertEquals(List.of("backend", "de"), patched.body().get("tags"));
        assertEquals("for Berlin jobs", patched.text("notes"));
        assertEquals(true, patched.body().get("primary"));
        assertEquals(false, api.get("/api/v1/resumes/" + first, token).body().get("primary"));
        TestApi.Response unmark = patch("/api/v1/resumes/" + second, "{\"primary\":false}", token);
        assertEquals(400, unmark.status());
        assertEquals("primary", unmark.text("field"));
    }

    @Test
    void diffsTheExtractedTextOfTwoVersions() {
        String token = token();
        String a = uploadParsed(token, "a.txt", ResumeFixtures.txt("in 1843"));
        String b = uploadParsed(token, "b.txt", ResumeFixtures.txt("for the Engine"));
        TestApi.Response diff = api.get("/api/v1/resumes/diff?from=" + a + "&to=" + b, token);
        assertEquals(200, diff.status(), diff.raw().body());
        assertEquals(1, ((Number) diff.body().get("linesAdded")).intValue());
        assertEquals(1, ((Number) diff.body().get("linesRemoved")).intValue());
        Map<?, ?> change = (Map<?, ?>) ((List<?>) diff.body().get("changes")).get(0);
        assertEquals("CHANGE", change.get("type"));
        assertTrue(change.get("toLines").toString().contains("for the Engine"));
        assertTrue(((List<?>) diff.body().get("unified")).stream().anyMatch(line -> line.toString().startsWith("-") && line.toString().contains("in 1843")));
    }

    @Test
    void mergesOnlyTheChosenFieldsIntoTheProfile() {
        String token = token();
        api.put("/api/v1/profile", Map.of("contact", Map.of("givenName", "Augusta", "email", "old@example.com"),
                "skills", List.of(Map.of("name", "java"), Map.of("name", "Haskell"))), token);
        String id = uploadParsed(token, "resume.txt", ResumeFixtures.txt("v1"));

        TestApi.Response preview = api.get("/api/v1/resumes/" + id + "/merge-preview", token);
        assertEquals(200, preview.status(), preview.raw().body());
        List<?> fields = (List<?>) preview.body().get("fields");
        Map<?, ?> email = fields.stream().map(f -> (Map<?, ?>) f).filter(f -> f.get("field").equals("contact.email")).findFirst().orElseThrow();
        assertEquals("old@example.com", email.get("current"));
        assertEquals(ResumeFixtures.EMAIL, email.get("parsed"));
        assertEquals(true, email.get("differs"));

        TestApi.Response bad = api.post("/api/v1/resumes/" + id + "/merge", Map.of("skills", "append"), token);
        assertEquals(400, bad.status());
        assertEquals("skills", bad.text("field"));
        TestApi.Response unknown = api.post("/api/v1/resumes/" + id + "/merge", Map.of("contact.shoeSize", "take"), token);
        assertEquals("contact.shoeSize", unknown.text("field"));

        TestApi.Response merged = api.post("/api/v1/resumes/" + id + "/merge",
                Map.of("contact.email", "take", "skills", "union", "workHistory", "append"), token);
        assertEquals(200, merged.status(), merged.raw().body());
        Map<?, ?> contact = (Map<?, ?>) merged.body().get("contact");
        assertEquals(ResumeFixtures.EMAIL, contact.get("email"));
        assertEquals("Augusta", contact.get("givenName"), "a field not chosen is kept");
        List<String> skills = ((List<?>) merged.body().get("skills")).stream().map(s -> (String) ((Map<?, ?>) s).get("name")).toList();
        assertEquals("java", skills.get(0));
        assertTrue(skills.contains("Haskell") && skills.contains("Python") && skills.contains("SQL"), skills.toString());
        assertEquals(1, skills.stream().filter(s -> s.equalsIgnoreCase("java")).count(), "union is case-insensitive");
        assertNotNull(merged.header("ETag"));
    }

    @Test
    void anotherUsersResumeIsNotFound() {
        String owner = token();
        String other = token();
        String id = uploadParsed(owner, "resume.txt", ResumeFixtures.txt("v1"));
        String otherId = uploadParsed(other, "mine.txt", ResumeFixtures.txt("v2"));
        for (String path : List.of("/api/v1/resumes/" + id, "/api/v1/resumes/" + id + "/file", "/api/v1/resumes/" + id + "/merge-preview",
                "/api/v1/resumes/diff?from=" + otherId + "&to=" + id)) {
            TestApi.Response response = api.get(path, other);
            assertEquals(404, response.status(), path);
            assertEquals("not_found", response.text("error"));
        }
        assertEquals(404, api.post("/api/v1/resumes/" + id + "/merge", Map.of("contact.email", "take"), other).status());
        assertEquals(404, patch("/api/v1/resumes/" + id, "{\"notes\":\"mine now\"}", other).status());
        assertEquals(404, api.delete("/api/v1/resumes/" + id, other).status());
        assertEquals(200, api.get("/api/v1/resumes/" + id, owner).status());
        assertTrue(readList(api.send(api.request("/api/v1/resumes", other).GET().build()).raw().body()).stream()
                .noneMatch(v -> v.get("id").equals(id)));
    }

    private TestApi.Response patch(String path, String body, String token) {
        return api.send(api.request(path, token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private List<Map<String, Object>> readList(String body) {
        try {
            return json.readValue(body, Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
