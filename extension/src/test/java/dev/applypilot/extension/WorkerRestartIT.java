package dev.applypilot.extension;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Chrome stops idle service workers; a woken worker keeps the session and resumes from its last event. */
class WorkerRestartIT {
    @Test
    void aStoppedWorkerWokenByAPageKeepsItsSessionAndResumesFromTheLastEvent() {
        try (FakeServer server = FakeServer.start(); FixtureSite site = FixtureSite.start();
             ExtensionBrowser browser = ExtensionBrowser.launch()) {
            assertThat(browser.signIn(server.baseUrl(), FakeServer.EMAIL, FakeServer.PASSWORD).locator("#signed-in")).isVisible();
            Page job = browser.newPage();
            job.navigate(site.url(FixtureSite.JSON_LD_JOB));
            job.locator("#applypilot-save-host button").click();
            Await.until("the job on the server", 15_000, () -> server.savedJobs().size() == 1);
            String token = server.hellos.get(0).get("token").getAsString();
            // Chrome may stop a worker between receiving an event and storing its id; wait until it is stored.
            Page extensionPage = browser.popup(null);
            Await.until("the worker to store the event id", 10_000, () -> "1".equals(browser.storedLocally(extensionPage, "lastEventId")));

            browser.stopServiceWorkers();
            Await.until("the worker's socket to close", 10_000, () -> server.connectedSockets() == 0);

            Page wake = browser.newPage();
            wake.navigate(site.url(FixtureSite.LINKEDIN_JOB));
            Await.until("a second hello from the woken worker", 20_000, () -> server.hellos.size() >= 2);
            assertEquals(token, server.hellos.get(1).get("token").getAsString(), "same access token, no new sign-in");
            assertEquals(1, server.hellos.get(1).get("lastEventId").getAsLong(), "resumes after the event it saw");
            assertEquals(1, server.logins.size());

            Page popup = browser.popup(site.url(FixtureSite.JSON_LD_JOB));
            assertThat(popup.locator("#account")).hasText(FakeServer.EMAIL);
            assertThat(popup.locator("#saved-status")).hasText("Already in your saved jobs.");
        }
    }
}
