package dev.applypilot.extension;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sign in from the popup, then save jobs from pages as rendered, via the in-page button and the popup. */
class SaveJobIT {
    @Test
    void signsInAndSavesJobsFromJsonLdPlainAndLinkedInPages() {
        try (FakeServer server = FakeServer.start(); FixtureSite site = FixtureSite.start();
             ExtensionBrowser browser = ExtensionBrowser.launch()) {
            if (Boolean.getBoolean("worker.console")) {
                browser.echoWorkerConsole();
            }
            Page wrong = browser.signIn(server.baseUrl(), FakeServer.EMAIL, "not the password");
            assertThat(wrong.locator("#signin-error")).hasText("Email or password is wrong.");
            wrong.close();

            Page popup = browser.signIn(server.baseUrl(), FakeServer.EMAIL, FakeServer.PASSWORD);
            assertThat(popup.locator("#signed-in")).isVisible();
            assertThat(popup.locator("#account")).hasText(FakeServer.EMAIL);
            Await.until("the sync socket says hello", 15_000, () -> !server.hellos.isEmpty());
            assertEquals(0, server.hellos.get(0).get("lastEventId").getAsLong());
            assertThat(browser.popup(null).locator("#sync-status")).hasText("● Online");

            // JSON-LD page, saved with the in-page button (the page's CSS hides every <button>: the shadow root is immune).
            Page jsonLd = browser.newPage();
            jsonLd.navigate(site.url(FixtureSite.JSON_LD_JOB));
            Locator button = jsonLd.locator("#applypilot-save-host button");
            assertThat(button).hasText("Save job to ApplyPilot");
            assertThat(button).isVisible();
            button.click();
            assertThat(button).hasText("Saved to ApplyPilot ✓");
            Await.until("the JOB badge", 10_000, () -> "JOB".equals(browser.badge(popup, site.url(FixtureSite.JSON_LD_JOB))));
            JsonObject first = awaitSaved(server, "Senior Backend Engineer");
            assertEquals("Acme Robotics", first.get("company").getAsString());
            assertEquals(site.url(FixtureSite.JSON_LD_JOB), first.get("sourceUrl").getAsString());
            assertEquals("EXTENSION", server.writes.get(0).getAsJsonObject("payload").get("source").getAsString());
            assertEquals("job.save", server.writes.get(0).get("op").getAsString());

            // Coming back to a saved job: recognised from the local cache.
            jsonLd.reload();
            assertThat(jsonLd.locator("#applypilot-save-host button")).hasText("Saved to ApplyPilot ✓");
            Page again = browser.popup(site.url(FixtureSite.JSON_LD_JOB));
            assertThat(again.locator("#saved-status")).hasText("Already in your saved jobs.");
            assertThat(again.locator("#save")).isDisabled();

            // Page without JSON-LD, saved from the popup with a corrected title.
            Page plain = browser.newPage();
            plain.navigate(site.url(FixtureSite.PLAIN_JOB));
            assertThat(plain.locator("#applypilot-save-host button")).hasText("Save job to ApplyPilot");
            Page plainPopup = browser.popup(site.url(FixtureSite.PLAIN_JOB));
            assertThat(plainPopup.locator("#page-status")).hasText("Job posting detected.");
            assertThat(plainPopup.locator("#job-title")).hasValue("Data Analyst");
            assertThat(plainPopup.locator("#job-company")).hasValue("Northwind Traders");
            plainPopup.locator("#job-title").fill("Senior Data Analyst");
            plainPopup.locator("#job-title").press("Enter");
            assertThat(plainPopup.locator("#saved-status")).hasText("Saved to your jobs.");
            JsonObject corrected = awaitSaved(server, "Senior Data Analyst");
            assertEquals("Northwind Traders", corrected.get("company").getAsString());
            assertEquals("user", corrected.getAsJsonObject("provenance").get("TITLE").getAsString());

            // LinkedIn-like markup (site rule found by its DOM markers).
            Page linkedIn = browser.newPage();
            linkedIn.navigate(site.url(FixtureSite.LINKEDIN_JOB));
            linkedIn.locator("#applypilot-save-host button").click();
            JsonObject third = awaitSaved(server, "Product Designer");
            assertEquals("Globex", third.get("company").getAsString());

            // An application form: the always-on script's hint badges it FORM; the popup has the background inject the
            // autofill engine for the classifier's field count. This fake server has no profile to fill from.
            Page form = browser.newPage();
            form.navigate(site.url(FixtureSite.APPLY_FORM));
            Await.until("the FORM badge", 10_000, () -> "FORM".equals(browser.badge(popup, site.url(FixtureSite.APPLY_FORM))));
            Page formPopup = browser.popup(site.url(FixtureSite.APPLY_FORM));
            assertThat(formPopup.locator("#form-status")).hasText("Application form detected: 3 fields.");
            assertThat(formPopup.locator("#job")).isHidden();
            formPopup.locator("#autofill").click();
            assertThat(formPopup.locator("#autofill-status")).hasText("Your profile could not be loaded; fill it in on the dashboard.");

            assertEquals(3, server.savedJobs().size());
            server.writeCountsByClientId().values().forEach(count -> assertEquals(1, count));
        }
    }

    private static JsonObject awaitSaved(FakeServer server, String title) {
        Await.until("job '" + title + "' on the server", 15_000, () -> find(server, title).isPresent());
        return find(server, title).orElseThrow();
    }

    private static Optional<JsonObject> find(FakeServer server, String title) {
        return server.savedJobs().stream().filter(job -> job.has("title") && title.equals(job.get("title").getAsString())).findFirst();
    }

}
