package dev.applypilot.extension;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Debian's Chromium with the built (unpacked) extension loaded, driven by Playwright. Playwright never downloads a
 * browser here: it is told to use /usr/bin/chromium.
 */
public final class ExtensionBrowser implements AutoCloseable {
    /** Fixed by the manifest "key", so the server's CORS settings can name it. */
    public static final String EXTENSION_ID = "maenpcchdjepnkkmdpgpajleaafbhgbo";

    private final Playwright playwright;
    private final BrowserContext context;
    private final Path profile;

    private ExtensionBrowser(Playwright playwright, BrowserContext context, Path profile) {
        this.playwright = playwright;
        this.context = context;
        this.profile = profile;
    }

    public static Path chromeBuild() {
        return Path.of(System.getProperty("extension.dir", "target/extension"), "chrome").toAbsolutePath();
    }

    public static ExtensionBrowser launch() {
        Path extension = chromeBuild();
        if (!Files.isRegularFile(extension.resolve("manifest.json"))) {
            throw new IllegalStateException("No built extension at " + extension + "; run the build first");
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
                            // This machine has no outside network; background fetches only produce noise.
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            return new ExtensionBrowser(playwright, context, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BrowserContext context() {
        return context;
    }

    public Page newPage() {
        return context.newPage();
    }

    /** The extension's service worker URL once Chromium reports it running (playwright-java has no serviceWorkers()). */
    public Optional<String> serviceWorkerUrl(long timeoutMillis) {
        Page page = context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
        CDPSession cdp = context.newCDPSession(page);
        long deadline = System.currentTimeMillis() + timeoutMillis;
        try {
            while (System.currentTimeMillis() < deadline) {
                JsonArray targets = cdp.send("Target.getTargets").getAsJsonArray("targetInfos");
                for (JsonElement element : targets) {
                    JsonObject target = element.getAsJsonObject();
                    String url = target.get("url").getAsString();
                    if ("service_worker".equals(target.get("type").getAsString()) && url.startsWith("chrome-extension://" + EXTENSION_ID + "/")) {
                        return Optional.of(url);
                    }
                }
                page.waitForTimeout(100);
            }
            return Optional.empty();
        } finally {
            cdp.detach();
        }
    }

    /** The popup opened as a page; {@code pageUrl} (may be null) names the tab it should describe. */
    public Page popup(String pageUrl) {
        Page popup = context.newPage();
        String query = pageUrl == null ? "" : "?url=" + java.net.URLEncoder.encode(pageUrl, java.nio.charset.StandardCharsets.UTF_8);
        popup.navigate("chrome-extension://" + EXTENSION_ID + "/popup.html" + query);
        return popup;
    }

    /** A value the extension keeps in chrome.storage.local, read from one of its own pages (null when absent). */
    public String storedLocally(Page extensionPage, String key) {
        Object value = extensionPage.evaluate("key => chrome.storage.local.get(key).then(items => items[key] ?? null)", key);
        return value == null ? null : value.toString();
    }

    /** The toolbar badge text of the tab showing {@code pageUrl}, read from one of the extension's own pages. */
    public String badge(Page extensionPage, String pageUrl) {
        Object text = extensionPage.evaluate("url => chrome.tabs.query({}).then(tabs => tabs.find(tab => tab.url === url))"
                + ".then(tab => tab ? chrome.action.getBadgeText({tabId: tab.id}) : null)", pageUrl);
        return text == null ? null : text.toString();
    }

    /** Signs in through the popup form (server address under "Server", Enter submits). */
    public Page signIn(String server, String email, String password) {
        Page popup = popup(null);
        popup.locator("#server-summary").click();
        popup.locator("#server").fill(server);
        popup.locator("#email").fill(email);
        popup.locator("#password").fill(password);
        popup.locator("#password").press("Enter");
        return popup;
    }

    /**
     * Forwards the service worker's console and uncaught errors to this JVM's stdout (for diagnosing a failing
     * test; playwright-java cannot reach worker consoles directly, so this goes through CDP target messages).
     */
    public void echoWorkerConsole() {
        Page page = context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
        CDPSession cdp = context.newCDPSession(page);
        String url = serviceWorkerUrl(20_000).orElseThrow();
        for (JsonElement element : cdp.send("Target.getTargets").getAsJsonArray("targetInfos")) {
            JsonObject target = element.getAsJsonObject();
            if (url.equals(target.get("url").getAsString())) {
                JsonObject attach = new JsonObject();
                attach.addProperty("targetId", target.get("targetId").getAsString());
                attach.addProperty("flatten", false);
                String session = cdp.send("Target.attachToTarget", attach).get("sessionId").getAsString();
                cdp.on("Target.receivedMessageFromTarget", event -> System.out.println("[worker] " + event.get("message").getAsString()));
                JsonObject send = new JsonObject();
                send.addProperty("sessionId", session);
                send.addProperty("message", "{\"id\":1,\"method\":\"Runtime.enable\"}");
                cdp.send("Target.sendMessageToTarget", send);
            }
        }
    }

    /** Stops the extension's service worker the way Chrome does when it is idle (its memory is gone). */
    public void stopServiceWorkers() {
        Page page = context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
        CDPSession cdp = context.newCDPSession(page);
        try {
            cdp.send("ServiceWorker.enable");
            cdp.send("ServiceWorker.stopAllWorkers");
        } finally {
            cdp.detach();
        }
    }

    @Override
    public void close() {
        context.close();
        playwright.close();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temp profile is harmless.
        }
    }
}
