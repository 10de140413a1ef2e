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
                "applypilot.mail.starttls", "false", "applypilot.dashboard.mail-poll", "1s");
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
    @Order(8)
    void theProfileFormShowsTheServiceErrorNextToItsFieldThenSaves() {
        page.navigate(base + "/app/profile");
        page.locator("#contact-givenName").fill("Ada");
        page.locator("#contact-email").fill("not-an-email");
        page.locator("#skills").fill("Java, PostgreSQL");
        page.locator("#eeo-optIn").check();
        page.locator("#screening-eeo-gender").selectOption("FEMALE");
        page.locator("#save-profile").click();
        assertThat(page.locator("#contact-email-error")).containsText("not valid");
        assertThat(page.locator("#contact-email")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#contact-email")).hasAttribute("aria-describedby", Pattern.compile("contact-email-error"));
        assertThat(page.locator("#skills")).hasValue("Java, PostgreSQL");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("profile-error.png")));
        shot390("profile-error-390.png");

        page.locator("#contact-email").fill(email);
        page.locator("#save-profile").click();
        assertThat(page.locator(".saved")).hasText("Profile saved.");
        assertThat(page.locator("#screening-eeo-gender")).hasValue("FEMALE");
        String profile = api.get("/api/v1/profile", bearer).raw().body();
        assertTrue(profile.contains("PostgreSQL") && profile.contains("FEMALE"), profile);
    }

    @Test
    @Order(9)
    void anUploadedResumeShowsItsParseAndMergesOnlyTheChosenFields() throws IOException {
        page.navigate(base + "/app/resumes");
        assertThat(page.locator("#no-resumes")).isVisible();
        long start = System.nanoTime();
        upload(resume("the ledger of engines"));
        page.waitForURL(Pattern.compile(".*/app/resumes/[0-9a-f-]{36}$"));
        System.out.printf("upload to parse review: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(page.locator("#resume-status")).hasText("parsed");
        assertThat(page.locator("#merge-workHistory .parsed-value")).containsText("Analytical Engines");
        assertThat(page.locator("#workHistory-take")).isChecked();
        assertThat(page.locator("#skills-keep")).isChecked();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("resume-review.png")).setFullPage(true));
        shot390("resume-review-390.png");
        page.locator("#merge-button").click();
        assertThat(page.locator("#merge .saved")).containsText("Merged");
        String profile = api.get("/api/v1/profile", bearer).raw().body();
        assertTrue(profile.contains("Analytical Engines"), "work history taken: " + profile);
        assertFalse(profile.contains("Kotlin"), "skills kept: " + profile);

        page.locator("#tags").fill("backend, 2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(page.locator("#tags")).hasValue("backend, 2026");

        page.navigate(base + "/app/resumes");
        upload(resume("the difference engine"));
        page.waitForURL(Pattern.compile(".*/app/resumes/[0-9a-f-]{36}$"));
        page.navigate(base + "/app/resumes");
        assertThat(page.locator("#resume-table tbody tr")).hasCount(2);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("resumes.png")));
        shot390("resumes-390.png");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show changes")).click();
        assertThat(page.locator("#diff .add")).containsText(new String[]{"+++", "the difference engine"});
        assertThat(page.locator("#diff .del")).containsText(new String[]{"---", "the ledger of engines"});
    }

    @Test
    @Order(10)
    void theJobDetailShowsTheMatchWithEvidenceAndWritesAnEditableOfflineCoverLetter() {
        String body = JobPayloads.save(UUID.randomUUID().toString(), JobPayloads.posting("Backend Engineer", "Ledger GmbH", "London, UK",
                "https://jobs.example.com/b/" + UUID.randomUUID(), "<p>We build payment services in Java on PostgreSQL.</p>"
                        + "<ul><li>5+ years of Java experience</li><li>Strong SQL and PostgreSQL skills</li><li>Kubernetes is a plus</li></ul>"));
        TestApi.Response saved = api.postRaw("/api/v1/jobs", body, bearer);
        assertEquals(201, saved.status(), saved.raw().body());
        String backendJob = String.valueOf(((Map<?, ?>) saved.body().get("job")).get("id"));
        page.navigate(base + "/app/jobs/" + backendJob);
        assertThat(page.locator("#match-score")).hasText(Pattern.compile("\\d+"));
        assertThat(page.locator("#matched-keywords")).containsText("Java");
        assertThat(page.locator("#missing-keywords")).containsText("Kubernetes");
        assertThat(page.locator(".constraints tbody tr").first()).isVisible();

        page.locator("#tone").selectOption("ENTHUSIASTIC");
        page.locator("#length").selectOption("SHORT");
        page.locator("#write-letter").click();
        assertThat(page.locator("#letter-provider")).containsText("Offline");
        assertThat(page.locator("#letterText")).hasValue(Pattern.compile(".*Backend Engineer.*", Pattern.DOTALL));
        String edited = page.locator("#letterText").inputValue() + "\n\nP.S. I can start in March.";
        page.locator("#letterText").fill(edited);
        page.locator("#save-letter").click();
        assertThat(page.locator("#letterText")).hasValue(Pattern.compile(".*I can start in March\\.", Pattern.DOTALL));
        assertThat(page.locator("#letter-result")).containsText("edited by you");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("job-match.png")).setFullPage(true));
        shot390("job-match-390.png");

        page.locator("#interview-prep").click();
        assertThat(page.locator("#interview-result li").first()).isVisible();
    }

    @Test
    @Order(11)
    void theAnswerBankCreatesEditsAndDeletes() {
        page.navigate(base + "/app/answers");
        page.locator("#save-answer").click();
        assertThat(page.locator("#question-error")).containsText("Enter the question");
        page.locator("#question").fill("Why do you want to work here?");
        page.locator("#answer").fill("I like building ledgers.");
        page.locator("#save-answer").click();
        assertThat(page.locator("#answer-list li")).hasCount(1);
        page.locator("#answer-list li a", new Page.LocatorOptions().setHasText("Edit")).click();
        page.locator("#answer").fill("I like building reliable ledgers.");
        page.locator("#save-answer").click();
        assertThat(page.locator("#answer-list .answer-text")).hasText("I like building reliable ledgers.");
        shot390("answers-390.png");
        page.locator("#answer-list button", new Page.LocatorOptions().setHasText("Delete")).click();
        assertThat(page.locator("#answer-list li")).hasCount(0);
    }

    @Test
    @Order(12)
    void aDueReminderIsMailedOnceAndTheOptInWeeklySummaryArrives() throws Exception {
        TestApi.Response reminder = api.post("/api/v1/applications/" + jobId + "/reminders",
                Map.of("dueAt", java.time.Instant.now().minusSeconds(60).toString(), "note", "Ask Dana about the team"), bearer);
        assertTrue(reminder.status() / 100 == 2, reminder.raw().body());
        MimeMessage followUp = awaitMail("Follow up: Platform Engineer at Hostile Corp");
        assertTrue(GreenMailUtil.getBody(followUp).contains("Ask Dana about the team"));
        assertTrue(GreenMailUtil.getBody(followUp).contains("/app/jobs/" + jobId));

        page.navigate(base + "/app/settings");
        page.locator("#weeklySummary").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save email settings")).click();
        MimeMessage summary = awaitMail("Your week");
        String text = GreenMailUtil.getBody(summary);
        assertTrue(text.contains("Applications sent: 1"), text);
        assertTrue(text.contains("Responses: 1"), text);
        Thread.sleep(2_500);
        assertEquals(1, mailsTo("Follow up:").size(), "the reminder is mailed once");
        assertEquals(1, mailsTo("Your week").size(), "one summary per week");
    }

    private MimeMessage awaitMail(String subjectStart) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> found = mailsTo(subjectStart);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail \"" + subjectStart + "\" to " + email);
    }

    private List<MimeMessage> mailsTo(String subjectStart) throws Exception {
        List<MimeMessage> out = new java.util.ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (email.equals(message.getAllRecipients()[0].toString()) && message.getSubject().startsWith(subjectStart)) {
                out.add(message);
            }
        }
        return out;
    }

    private Path resume(String variant) throws IOException {
        Path file = SHOTS.resolve("resume-" + UUID.randomUUID() + ".txt");
        Files.writeString(file, String.join("\n", "Ada Lovelace", "ada@example.com | +44 20 7946 0958 | London, United Kingdom", "",
                "Experience", "Senior Engineer, Analytical Engines Ltd", "January 2019 - Present",
                "- Wrote " + variant + " in Java and SQL", "- Led a team of four engineers", "",
                "Education", "University of London", "BSc Mathematics, 2013 - 2016", "", "Skills", "Java, Python, SQL, Kotlin"));
        file.toFile().deleteOnExit();
        return file;
    }

    private void upload(Path file) {
        page.locator("#resume-file").setInputFiles(file);
        page.locator("#upload-button").click();
    }

    private void shot390(String name) {
        page.setViewportSize(390, 844);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(true));
        page.setViewportSize(1280, 900);
        assertEquals(0, ((Number) overflow).intValue(), name + ": no sideways scrolling at 390 px");
    }

    @Test
    @Order(15)
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
            assertNotNull(file.getEntry("profile.json"));
            assertEquals(2, file.stream().filter(e -> e.getName().startsWith("resumes/") && e.getName().endsWith(".txt")).count());
            String first = new String(file.getInputStream(file.stream().filter(e -> e.getName().startsWith("resumes/")).findFirst().orElseThrow())
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(first.startsWith("Ada Lovelace"), first);
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    @Test
    @Order(20)
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
