package dev.applypilot.extension.autofill;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import dev.applypilot.extension.ExtensionBrowser;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs JavaScript in the extension's service worker through CDP (playwright-java has no service-worker API): the
 * worker target is attached in non-flat mode and spoken to with Target.sendMessageToTarget.
 */
final class ServiceWorkerCdp implements AutoCloseable {
    private final Page page;
    private final CDPSession cdp;
    private final String sessionId;
    private final AtomicReference<JsonObject> answer = new AtomicReference<>();
    private int nextId = 1;

    ServiceWorkerCdp(ExtensionBrowser browser, Page page) {
        this.page = page;
        browser.serviceWorkerUrl(20_000).orElseThrow(() -> new IllegalStateException("service worker did not start"));
        cdp = browser.context().newCDPSession(page);
        String targetId = null;
        for (JsonElement e : cdp.send("Target.getTargets").getAsJsonArray("targetInfos")) {
            JsonObject t = e.getAsJsonObject();
            if ("service_worker".equals(t.get("type").getAsString())
                    && t.get("url").getAsString().startsWith("chrome-extension://" + ExtensionBrowser.EXTENSION_ID + "/")) {
                targetId = t.get("targetId").getAsString();
            }
        }
        JsonObject attach = new JsonObject();
        attach.addProperty("targetId", targetId);
        attach.addProperty("flatten", false);
        sessionId = cdp.send("Target.attachToTarget", attach).get("sessionId").getAsString();
        cdp.on("Target.receivedMessageFromTarget", event -> {
            if (sessionId.equals(event.get("sessionId").getAsString())) {
                JsonObject message = JsonParser.parseString(event.get("message").getAsString()).getAsJsonObject();
                if (message.has("id")) {
                    answer.set(message);
                }
            }
        });
    }

    /** Evaluates an expression (promises awaited) in the worker and returns its string value. */
    String evaluate(String expression, long timeoutMillis) {
        int id = nextId++;
        JsonObject params = new JsonObject();
        params.addProperty("expression", expression);
        params.addProperty("awaitPromise", true);
        params.addProperty("returnByValue", true);
        JsonObject message = new JsonObject();
        message.addProperty("id", id);
        message.addProperty("method", "Runtime.evaluate");
        message.add("params", params);
        JsonObject send = new JsonObject();
        send.addProperty("sessionId", sessionId);
        send.addProperty("message", message.toString());
        answer.set(null);
        cdp.send("Target.sendMessageToTarget", send);
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            JsonObject got = answer.get();
            if (got != null && got.get("id").getAsInt() == id) {
                JsonObject result = got.getAsJsonObject("result");
                if (result == null || result.has("exceptionDetails")) {
                    throw new IllegalStateException("worker evaluation failed: " + got);
                }
                JsonElement value = result.getAsJsonObject("result").get("value");
                return value == null || value.isJsonNull() ? null : value.getAsString();
            }
            page.waitForTimeout(10);
        }
        throw new IllegalStateException("no answer from the service worker within " + timeoutMillis + " ms");
    }

    @Override
    public void close() {
        cdp.detach();
    }
}
