package dev.applypilot.extension;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built Chrome folder loads in Debian's Chromium: its service worker starts and answers the popup. */
class ExtensionLoadsIT {
    @Test
    void serviceWorkerStartsAndThePopupOffersSignIn() {
        try (ExtensionBrowser browser = ExtensionBrowser.launch()) {
            Optional<String> worker = browser.serviceWorkerUrl(20_000);
            assertTrue(worker.isPresent(), "the extension's service worker started");
            assertEquals("chrome-extension://" + ExtensionBrowser.EXTENSION_ID + "/sw.js", worker.get());

            Page popup = browser.popup(null);
            assertThat(popup.locator("#status")).hasText("Sign in to save jobs and fill applications.");
            assertThat(popup.locator("#email")).isFocused();
            assertThat(popup.locator("#server")).hasValue("http://localhost:8080");
        }
    }
}
