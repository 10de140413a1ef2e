package dev.applypilot.server.dashboard;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import dev.applypilot.server.jobs.JobPayloads;
import dev.applypilot.server.platform.TestApi;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard in real Chromium: sign up (mail read from GreenMail), a job saved through the API appears on the open
 * board without a reload, drag and drop to APPLIED, a change made elsewhere moves the card, a hostile description
 * cannot run script, the extension code, data export and account deletion. Screenshots go to target/screenshots.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT implements TestPropertyProvider {
    private static final String PASSWORD = "correct horse battery staple";
    private static final Path SHOTS = Path.of("target/screenshots");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private GreenMail mail;
    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private Page page;
    private TestApi api;
    private String base;
    private final String email = "browser-" + UUID.randomUUID() + "@example.com";
    private String bearer;
    private String jobId;

    @Override
    public Map<String, String> getProperties() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        return Map.of("applypilot.mail.host", "127.0.0.1", "applypilot.mail.port", Integer.toString(mail.getSmtp().getPort()),
                "applypilot.mail.starttls", "false");
    }

    @BeforeAll
    void startBrowser() throws IOException {
        Files.createDirectories(SHOTS);
        base = "http://localhost:" + server.getPort();
        api = new TestApi(server.getURI(), json);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"))).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run")));
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setAcceptDownloads(true));
        page = context.newPage();
        page.setDefaultTimeout(10_000);
        page.onConsoleMessage(message -> System.out.println("browser console: " + message.text()));
        page.onPageError(error -> System.out.println("browser error: " + error));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    @Order(1)
    void signUpShowsErrorsNextToFieldsThenOpensTheEmptyBoardAndTheMailedLinkConfirmsTheAddress() throws Exception {
        page.navigate(base + "/signup");
        page.getByLabel("Email").fill(email);
        page.locator("#password").fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        assertThat(page.locator("#password-error")).containsText("10 to 200 characters");
        assertThat(page.locator("#password")).hasAttribute("aria-invalid", "true");

        page.locator("#password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        page.waitForLoadState();
        assertEquals(base + "/app", page.url(), () -> page.content());
        assertThat(page.locator("#board-empty")).containsText("No jobs yet");
        assertThat(page.locator("#live-status")).containsText("Live");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("board-empty.png")));

        assertTrue(mail.waitForIncomingEmail(5_000, 1), "a confirmation mail was sent");
        MimeMessage message = mail.getReceivedMessagesForDomain("example.com")[0];
        assertEquals(email, message.getAllRecipients()[0].toString());
        Matcher link = Pattern.compile("/verify-email\\?token=[A-Za-z0-9_-]+").matcher(GreenMailUtil.getBody(message));
        assertTrue(link.find(), "the mail holds the link");
        page.navigate(base + link.group());
        assertThat(page.locator("h1")).hasText("Email confirmed");
        page.navigate(base + link.group());
        assertThat(page.locator("h1")).hasText("This link does not work");

        bearer = api.post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD), null).text("accessToken");
        assertNotNull(bearer);
    }

    @Test
    @Order(2)
    void aJobSavedThroughTheApiAppearsOnTheOpenBoardWithinASecond() {
        page.navigate(base + "/app");
        assertThat(page.locator("#live-status")).containsText("Live");
        String hostile = "<p>Build things.</p><script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">"
                + "<a href=\"javascript:window.__pwned=3\">click</a><p onclick=\"window.__pwned=4\">Team of 5.</p>";
        String body = JobPayloads.save(UUID.randomUUID().toString(),
                JobPayloads.posting("Platform Engineer", "Hostile Corp", "Berlin, DE", "https://jobs.example.com/p/" + UUID.randomUUID(), hostile));
        long start = System.nanoTime();
        TestApi.Response saved = api.postRaw("/api/v1/jobs", body, bearer);
        assertEquals(201, saved.status(), saved.raw().body());
        jobId = String.valueOf(((Map<?, ?>) saved.body().get("job")).get("id"));
        Locator card = page.locator(".column[data-status=INTERESTED] .card[data-job-id='" + jobId + "']");
        card.waitFor(new Locator.WaitForOptions().setTimeout(1_000));
        System.out.printf("card appeared %d ms after the save request was sent%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(card.locator(".card-title")).hasText("Platform Engineer");
        assertThat(page.locator(".column[data-status=INTERESTED] .count")).hasText("1");
    }

    @Test
    @Order(3)
    void draggingTheCardToAppliedSavesTheStatusAndAChangeMadeElsewhereMovesIt() {
        Locator card = page.locator(".card[data-job-id='" + jobId + "']");
        card.dragTo(page.locator(".column[data-status=APPLIED]"));
        assertThat(page.locator(".column[data-status=APPLIED] .card[data-job-id='" + jobId + "']")).isVisible();
        page.waitForCondition(() -> "APPLIED".equals(api.get("/api/v1/jobs/" + jobId, bearer).text("applicationStatus")));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("board.png")));

        TestApi.Response moved = api.send(api.request("/api/v1/applications/" + jobId + "/status", bearer).header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"clientId\":\"" + UUID.randomUUID() + "\",\"status\":\"INTERVIEW_SCHEDULED\",\"source\":\"EXTENSION\"}")).build());
        assertEquals(200, moved.status(), moved.raw().body());
        assertThat(page.locator(".column[data-status=INTERVIEW_SCHEDULED] .card[data-job-id='" + jobId + "']")).isVisible();

        page.setViewportSize(390, 844);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("board-390.png")));
        page.setViewportSize(1280, 900);
    }

    @Test
    @Order(4)
    void theDetailPageShowsTheSanitisedDescriptionAndTheHostileMarkupNeverRuns() {
        page.locator(".card[data-job-id='" + jobId + "'] .card-title").click();
        page.waitForURL(base + "/app/jobs/" + jobId);
        assertThat(page.locator("#description")).containsText("Build things.");
        assertThat(page.locator("#description")).containsText("Team of 5.");
        assertEquals(0, page.locator("#description script, #description [onerror], #description [onclick], #description a[href^='javascript']").count());
        assertEquals("undefined", String.valueOf(page.evaluate("() => typeof window.__pwned")));
        page.locator("#description a").first().click(new Locator.ClickOptions().setNoWaitAfter(true));
        assertEquals("undefined", String.valueOf(page.evaluate("() => typeof window.__pwned")));

        page.locator("#notes-text").fill("Recruiter: Dana. Follow up Friday.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save notes")).click();
        assertThat(page.locator("#notes-text")).hasValue("Recruiter: Dana. Follow up Friday.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add interview")).click();
        assertThat(page.locator("#startsAt-error")).hasText("This field is required.");
        assertThat(page.locator(".timeline li")).hasCount(3);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("job.png")).setFullPage(true));
    }

    @Test
    @Order(5)
    void statsDrawTheCharts() {
        page.navigate(base + "/app/stats");
        assertThat(page.locator("#funnel-chart")).isVisible();
        page.waitForCondition(() -> Boolean.TRUE.equals(page.evaluate("() => !!window.Chart && !!window.Chart.getChart(document.getElementById('funnel-chart'))")));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("stats.png")).setFullPage(true));
    }

    @Test
    @Order(6)
    void theExtensionCodeWorksOnceForTheApi() {
        page.navigate(base + "/app/settings");
        page.locator("#generate-code").click();
        String code = page.locator("#extension-code").textContent();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("settings.png")).setFullPage(true));
        TestApi.Response tokens = api.post("/api/v1/auth/extension-code/exchange", Map.of("code", code), null);
        assertEquals(200, tokens.status(), tokens.raw().body());
        assertEquals(200, api.get("/api/v1/me", tokens.text("accessToken")).status());
        assertEquals(401, api.post("/api/v1/auth/extension-code/exchange", Map.of("code", code), null).status());
    }

    @Test
    @Order(7)
    void theExportIsOneZipWithEverything() throws IOException {
        page.navigate(base + "/app/settings");
        Download download = page.waitForDownload(() -> page.locator("#export-link").click());
        Path zip = SHOTS.resolve("export-" + UUID.randomUUID() + ".zip");
        download.saveAs(zip);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            String export = new String(file.getInputStream(file.getEntry("export.json")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(export.contains(email));
            assertTrue(export.contains("Platform Engineer"));
            assertTrue(export.contains("Recruiter: Dana"));
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    @Test
    @Order(8)
    void deletingTheAccountNeedsThePasswordAndRemovesEverything() {
        page.navigate(base + "/app/settings");
        page.locator("#deletePassword").fill("not the password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete my account")).click();
        assertThat(page.locator("#deletePassword-error")).containsText("password is wrong");

        page.locator("#deletePassword").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete my account")).click();
        assertThat(page.locator("h1")).hasText("Account deleted");
        assertEquals(401, api.get("/api/v1/me", bearer).status());
        assertEquals(401, api.post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD), null).status());
        page.navigate(base + "/app");
        page.waitForURL(base + "/signin");
        assertFalse(page.content().contains("Platform Engineer"));
    }
}
