package dev.applypilot.server.extension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium with the extension as the extension module built it ({@code ../extension/target/extension/chrome};
 * the reactor builds that module first). The minimal launch logic of the extension module's own test helper, copied
 * rather than shared through a test-jar.
 */
final class ExtensionBrowser implements AutoCloseable {
    /** Fixed by the manifest "key". */
    static final String EXTENSION_ID = "maenpcchdjepnkkmdpgpajleaafbhgbo";

    private final Playwright playwright;
    private final BrowserContext context;
    private final Path profile;

    private ExtensionBrowser(Playwright playwright, BrowserContext context, Path profile) {
        this.playwright = playwright;
        this.context = context;
        this.profile = profile;
    }

    static Path chromeBuild() {
        return Path.of(System.getProperty("extension.dir", "../extension/target/extension"), "chrome").toAbsolutePath().normalize();
    }

    static ExtensionBrowser launch() {
        Path extension = chromeBuild();
        if (!Files.isRegularFile(extension.resolve("manifest.json"))) {
            throw new IllegalStateException("No built extension at " + extension + "; build the extension module first");
        }
        try {
            Path profile = Files.createTempDirectory("applypilot-chromium");
            Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            BrowserContext context = playwright.chromium().launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions()
                    .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                    .setHeadless(true)
                    // Playwright disables extensions by default.
                    .setIgnoreDefaultArgs(List.of("--disable-extensions"))
                    .setArgs(List.of("--disable-extensions-except=" + extension, "--load-extension=" + extension,
                            "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-quic",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            return new ExtensionBrowser(playwright, context, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Page newPage() {
        return context.newPage();
    }

    /** The popup opened as a page; {@code pageUrl} (may be null) names the tab it describes. */
    Page popup(String pageUrl) {
        Page popup = context.newPage();
        String query = pageUrl == null ? "" : "?url=" + URLEncoder.encode(pageUrl, StandardCharsets.UTF_8);
        popup.navigate("chrome-extension://" + EXTENSION_ID + "/popup.html" + query);
        return popup;
    }

    /** Signs in through the popup form, with the server address typed under "Server". */
    Page signIn(String server, String email, String password) {
        Page popup = popup(null);
        popup.locator("#server-summary").click();
        popup.locator("#server").fill(server);
        popup.locator("#email").fill(email);
        popup.locator("#password").fill(password);
        popup.locator("#password").press("Enter");
        return popup;
    }

    @Override
    public void close() {
        context.close();
        playwright.close();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temp profile is harmless.
        }
    }
}
