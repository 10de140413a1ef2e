package dev.applypilot.extension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Saves made while the server is down wait in the outbox and arrive exactly once after it comes back. */
class OfflineOutboxIT {
    @Test
    void savesMadeOfflineArriveExactlyOnceWhenTheServerReturns() {
        try (FakeServer server = FakeServer.start(); FixtureSite site = FixtureSite.start();
             ExtensionBrowser browser = ExtensionBrowser.launch()) {
            assertThat(browser.signIn(server.baseUrl(), FakeServer.EMAIL, FakeServer.PASSWORD).locator("#signed-in")).isVisible();
            Await.until("the sync socket says hello", 15_000, () -> !server.hellos.isEmpty());

            server.stop();
            for (String path : new String[] {FixtureSite.JSON_LD_JOB, FixtureSite.LINKEDIN_JOB}) {
                Page page = browser.newPage();
                page.navigate(site.url(path));
                Locator button = page.locator("#applypilot-save-host button");
                button.click();
                assertThat(button).hasText("Saved – will sync when online");
            }
            assertThat(browser.popup(null).locator("#sync-status")).hasText("○ Offline, 2 queued");

            server.restart();
            Await.until("both offline saves on the server", 40_000, () -> server.savedJobs().size() == 2);
            Await.until("the outbox to drain", 10_000,
                    () -> browser.popup(null).locator("#sync-status").textContent().equals("● Online"));
            assertEquals(2, server.writeCountsByClientId().size());
            server.writeCountsByClientId().forEach((clientId, count) -> assertEquals(1, count, clientId + " sent once"));
        }
    }
}
