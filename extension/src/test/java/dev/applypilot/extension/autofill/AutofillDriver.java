package dev.applypilot.extension.autofill;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Page;
import dev.applypilot.extension.ExtensionBrowser;
import dev.applypilot.shared.profile.Address;
import dev.applypilot.shared.profile.Contact;
import dev.applypilot.shared.profile.Education;
import dev.applypilot.shared.profile.Eeo;
import dev.applypilot.shared.profile.Link;
import dev.applypilot.shared.profile.LinkType;
import dev.applypilot.shared.profile.Phone;
import dev.applypilot.shared.profile.Profile;
import dev.applypilot.shared.profile.ProfileJson;
import dev.applypilot.shared.profile.ScreeningFacts;
import dev.applypilot.shared.profile.WorkAuthorization;
import dev.applypilot.shared.profile.WorkExperience;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chromium with the built extension, the fixture server, and the background's side of the autofill protocol:
 * the service worker injects the engine with chrome.scripting and sends to the tab with chrome.tabs.sendMessage, as
 * the background does for the popup.
 */
final class AutofillDriver implements AutoCloseable {
    static final String RESUME_TEXT = "%PDF-1.4\n% ApplyPilot test resume\n";

    final ExtensionBrowser browser = ExtensionBrowser.launch();
    final FormServer server = new FormServer();
    private final Page host = browser.context().pages().isEmpty() ? browser.newPage() : browser.context().pages().get(0);
    private final ServiceWorkerCdp worker = new ServiceWorkerCdp(browser, host);

    static Profile profile() {
        return new Profile(
                new Contact("Anna", "Schmidt", null, "anna@example.com", new Phone("+4915112345678", null),
                        new Address("Hauptstraße 1", null, "Berlin", "Berlin", "DE", "10115")),
                List.of(new Link(LinkType.LINKEDIN, "https://www.linkedin.com/in/anna-schmidt", null),
                        new Link(LinkType.GITHUB, "https://github.com/anna", null)),
                List.of(new WorkExperience("Backend Engineer", "Acme GmbH", "Berlin", "2021-01", null, true, List.of())),
                List.of(new Education("TU Berlin", "MSc", "Computer Science", "2015-10", "2018-09")),
                List.of(), List.of(), List.of(),
                new ScreeningFacts(Map.of("DE", WorkAuthorization.AUTHORIZED), false, false, true, Set.of(), "2025-03-01", 30, null, 6,
                        true, null, new Eeo(Eeo.Gender.FEMALE, null, Eeo.VeteranStatus.NOT_A_VETERAN, null)));
    }

    static String autofillMessage(boolean overwrite) {
        String base64 = Base64.getEncoder().encodeToString(RESUME_TEXT.getBytes(StandardCharsets.US_ASCII));
        return "{type:'autofill', profile:" + ProfileJson.write(profile()) + ", resume:{name:'resume.pdf', mime:'application/pdf', base64:'"
                + base64 + "'}, overwrite:" + overwrite + "}";
    }

    Page open(String path) {
        Page page = browser.newPage();
        page.navigate(server.url(path));
        return page;
    }

    /**
     * Injects the autofill engine into every frame of the tab showing {@code page} (the label table first, as data, as
     * the background's ChromeScripting does), then sends it the message; retries
     * while nothing answers yet. The engine is injected before every message, as a second Autofill click would: a
     * frame that already runs it must keep that engine (its undo journal), which the undo tests then prove.
     */
    JsonObject send(Page page, String message) {
        String script = "new Promise(function (resolve) { chrome.tabs.query({}, function (tabs) {"
                + " var tab = tabs.filter(function (t) { return t.url === " + quote(page.url()) + "; })[0];"
                + " if (!tab) { resolve(JSON.stringify({error: 'no tab'})); return; }"
                + " var frames = {tabId: tab.id, allFrames: true};"
                + " fetch(chrome.runtime.getURL('label-table.txt')).then(function (response) { return response.text(); }).then(function (rows) {"
                + " chrome.scripting.executeScript({target: frames, args: [rows], func: function (table) { window.__applypilotLabelTable = table; }}, function () {"
                + " chrome.scripting.executeScript({target: frames, files: ['autofill.js', 'autofill-start.js']}, function () {"
                + "  if (chrome.runtime.lastError) { resolve(JSON.stringify({error: chrome.runtime.lastError.message})); return; }"
                + "  chrome.tabs.sendMessage(tab.id, " + message + ", function (r) {"
                + "   var e = chrome.runtime.lastError; resolve(JSON.stringify(e ? {error: e.message} : r === undefined ? {error: 'no reply'} : r)); });"
                + " }); }); }); }); })";
        long deadline = System.currentTimeMillis() + 10_000;
        JsonObject reply;
        do {
            reply = JsonParser.parseString(worker.evaluate(script, 10_000)).getAsJsonObject();
            if (!reply.has("error")) {
                return reply;
            }
            page.waitForTimeout(100);
        } while (System.currentTimeMillis() < deadline);
        return reply;
    }

    JsonObject autofill(Page page) {
        return send(page, autofillMessage(false));
    }

    JsonObject undo(Page page) {
        return send(page, "{type:'undoAutofill'}");
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Override
    public void close() {
        worker.close();
        server.close();
        browser.close();
    }
}
