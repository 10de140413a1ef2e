package dev.applypilot.server.extension;

import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import dev.applypilot.extension.ExtensionBrowser;
import dev.applypilot.server.platform.TestApi;
import dev.applypilot.server.sync.SyncClient;
import dev.applypilot.shared.sync.SyncFrame;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built extension in Chromium against this server: sign in through the popup, save a job from a page (it reaches
 * the jobs API and another client's socket), then autofill an application form from the profile and the primary resume.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtensionServerIT {
    private static final String PASSWORD = "correct horse battery staple";
    private static final String JOB_PAGE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Platform Engineer at Initech</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Platform Engineer",
            "hiringOrganization":{"@type":"Organization","name":"Initech"},"description":"<p>Run our Kubernetes platform.</p>",
            "datePosted":"2026-01-05","jobLocation":{"@type":"Place","address":{"addressLocality":"Austin","addressCountry":"US"}}}</script>
            </head><body><h1>Platform Engineer</h1><p>Initech, Austin</p><p>Run our Kubernetes platform.</p></body></html>""";
    private static final String FORM_PAGE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Apply</title></head><body>
            <form id="application">
              <label for="first">First name</label> <input id="first" name="first_name">
              <label for="last">Last name</label> <input id="last" name="last_name">
              <label for="mail">Email</label> <input id="mail" type="email" name="email">
              <label for="tel">Phone</label> <input id="tel" type="tel" name="phone">
              <label for="cv">Resume/CV</label> <input id="cv" type="file" name="resume">
              <label for="why">Why do you want to work here?</label> <textarea id="why" name="why"></textarea>
              <button type="submit">Submit application</button>
            </form></body></html>""";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private HttpServer site;
    private ExtensionBrowser browser;
    private TestApi api;

    @BeforeAll
    void start() throws IOException {
        api = new TestApi(server.getURI(), json);
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve("/job", JOB_PAGE);
        serve("/apply", FORM_PAGE);
        site.start();
        browser = ExtensionBrowser.launch();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (site != null) {
            site.stop(0);
        }
    }

    @Test
    void signInSaveSyncAndAutofillAgainstTheRealServer() {
        String email = "ext-" + UUID.randomUUID() + "@example.com";
        TestApi.Response account = api.post("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD), null);
        String token = account.text("accessToken");
        String serverUrl = "http://localhost:" + server.getPort();

        long started = System.nanoTime();
        Page popup = browser.signIn(serverUrl, email, PASSWORD);
        assertThat(popup.locator("#signed-in")).isVisible();
        assertThat(popup.locator("#account")).hasText(email);
        assertThat(popup.locator("#sync-status")).hasText("● Online", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
        System.out.printf("extension e2e: signed in and online after %d ms%n", (System.nanoTime() - started) / 1_000_000);

        try (SyncClient other = SyncClient.connect(server.getURI(), token)) {
            other.send(new SyncFrame.Hello(0));
            other.await(f -> f instanceof SyncFrame.Welcome, Duration.ofSeconds(10));

            Page job = browser.newPage();
            job.navigate(url("/job"));
            long clicked = System.nanoTime();
            job.locator("#applypilot-save-host button").click();
            SyncFrame.Event event = (SyncFrame.Event) other.await(f -> f instanceof SyncFrame.Event e && e.kind().equals("job.saved"),
                    Duration.ofSeconds(15));
            System.out.printf("extension e2e: in-page save to the other client's socket in %d ms%n", (System.nanoTime() - clicked) / 1_000_000);
            assertEquals("Platform Engineer", event.payload().get("job").get("title").text().orElse(null));
            assertEquals("Initech", event.payload().get("job").get("company").text().orElse(null));
            assertEquals("INTERESTED", event.payload().get("applicationStatus").text().orElse(null));
        }
        TestApi.Response jobs = api.get("/api/v1/jobs", token);
        List<?> items = (List<?>) jobs.body().get("items");
        assertEquals(1, items.size());

        // Autofill: profile and a resume on the server, the form on another site.
        TestApi.Response profile = api.put("/api/v1/profile", Map.of("contact", Map.of("givenName", "Ada", "familyName", "Lovelace",
                "email", "ada@example.com", "phone", Map.of("e164", "+14155550123"))), token);
        assertEquals(200, profile.status(), profile.raw().body());
        TestApi.Response resume = uploadResume(token, "ada-lovelace.pdf");
        assertEquals(202, resume.status(), resume.raw().body());

        Page form = browser.newPage();
        form.navigate(url("/apply"));
        Page formPopup = browser.popup(url("/apply"));
        assertThat(formPopup.locator("#form-status")).containsText("Application form detected");
        assertThat(formPopup.locator("#resume")).hasValue(resume.text("id"));
        long fill = System.nanoTime();
        formPopup.locator("#autofill").click();
        assertThat(formPopup.locator("#autofill-status")).containsText("Filled 5,",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        System.out.printf("extension e2e: popup Autofill to result in %d ms%n", (System.nanoTime() - fill) / 1_000_000);
        assertThat(form.locator("#first")).hasValue("Ada");
        assertThat(form.locator("#last")).hasValue("Lovelace");
        assertThat(form.locator("#mail")).hasValue("ada@example.com");
        assertTrue(form.locator("#tel").inputValue().replaceAll("\\D", "").endsWith("4155550123"), form.locator("#tel").inputValue());
        assertEquals("ada-lovelace.pdf", form.evaluate("() => document.getElementById('cv').files[0].name"));
        assertEquals("", form.locator("#why").inputValue());

        formPopup.locator("#undo").click();
        assertThat(formPopup.locator("#autofill-status")).hasText("Autofill undone.");
        assertThat(form.locator("#first")).hasValue("");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + site.getAddress().getPort() + path;
    }

    private void serve(String path, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        site.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private TestApi.Response uploadResume(String token, String fileName) {
        String boundary = "applypilot-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        body.writeBytes(head);
        body.writeBytes(pdf());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(api.request("/api/v1/resumes", token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
