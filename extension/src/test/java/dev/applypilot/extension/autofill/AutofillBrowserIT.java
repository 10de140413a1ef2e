package dev.applypilot.extension.autofill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The content script fills fixture pages modelled on each ATS's markup, in Chromium with the built extension. */
class AutofillBrowserIT {
    private static AutofillDriver driver;

    @BeforeAll
    static void start() {
        driver = new AutofillDriver();
    }

    @AfterAll
    static void stop() {
        driver.close();
    }

    private static String js(Page page, String expression) {
        Object v = page.evaluate(expression);
        return v == null ? null : String.valueOf(v);
    }

    private static void waitFor(Page page, String condition) {
        page.waitForFunction(condition, null, new Page.WaitForFunctionOptions().setTimeout(10_000));
    }

    /**
     * Labels outside ASCII with neutral names and ids (forms/multilingual): the engine lower-cases and classifies
     * characters with the browser's Unicode tables (bindings/JsChars) and reads the label table injected as data
     * (bindings/JsLabelTable), so this is where both meet real text.
     */
    @Test
    void fieldsNamedOnlyByNonAsciiLabelsAreFilledFromTheProfile() {
        Page page = driver.open("multilingual/index.html");
        JsonObject reply = driver.autofill(page);

        assertEquals("Anna", js(page, "document.getElementById('q1').value"), "reply: " + reply);
        assertEquals("Schmidt", js(page, "document.getElementById('q2').value"));
        assertEquals("anna@example.com", js(page, "document.getElementById('q3').value"));
        assertEquals("4915112345678", js(page, "document.getElementById('q4').value").replaceAll("\\D", ""));
        assertEquals("Hauptstraße 1", js(page, "document.getElementById('q5').value"));
        assertEquals("10115", js(page, "document.getElementById('q6').value"));
        assertEquals("Berlin", js(page, "document.getElementById('q7').value"));
        page.close();
    }

    @Test
    void greenhouseLikeReactFormIsFilledWithoutTouchingHoneypotsAndUndoRestoresIt() {
        Page page = driver.open("greenhouse/index.html");
        JsonObject reply = driver.autofill(page);
        assertTrue(reply.get("filled").getAsInt() >= 8, "filled: " + reply);

        // The page's React-like state saw the values (only the native setter + input event reach it).
        assertEquals("Anna", js(page, "state.first_name"));
        assertEquals("Schmidt", js(page, "state.last_name"));
        assertEquals("anna@example.com", js(page, "state.email"));
        assertEquals("+4915112345678", js(page, "state.phone"));
        assertEquals("https://www.linkedin.com/in/anna-schmidt", js(page, "document.getElementById('question_1001').value"));
        // Pre-filled and custom-question fields are left alone.
        assertEquals("https://old.example.com", js(page, "document.getElementById('question_1002').value"));
        assertEquals("", js(page, "document.getElementById('question_1003').value"));
        // Sponsorship worded both ways, options in either order: "I will not require sponsorship".
        assertEquals("0", js(page, "document.querySelector('[name=question_2001]:checked').value"));
        assertEquals("a", js(page, "document.querySelector('[name=question_2002]:checked').value"));
        // The page's own change handler read the resume.
        waitFor(page, "window.fileSeen.resume");
        assertEquals("resume.pdf|application/pdf|" + AutofillDriver.RESUME_TEXT.length() + "|%PDF-1.4", js(page, "fileSeen.resume"));
        // Honeypots, hidden, disabled and password fields stay empty; nothing is submitted.
        for (String id : new String[] {"hp_email", "nickname_trap", "city_hidden", "employee_email", "pw"}) {
            assertEquals("", js(page, "document.getElementById('" + id + "').value"), id);
        }
        assertEquals("", js(page, "document.querySelector('[name=company_website]').value"));
        assertEquals("", js(page, "document.querySelector('[name=phone_backup]').value"));
        assertEquals("false", js(page, "String(window.submitted)"));
        // Highlights: filled fields solid with a source title, the unanswered required question dashed.
        assertTrue(js(page, "document.getElementById('first_name').style.outline").contains("solid"));
        assertTrue(js(page, "document.getElementById('phone').title").startsWith("ApplyPilot: from profile: phone"));
        assertTrue(js(page, "document.getElementById('question_1003').style.outline").contains("dashed"));

        JsonObject undone = driver.undo(page);
        assertTrue(undone.get("restored").getAsInt() >= 8, "undo: " + undone);
        assertEquals("", js(page, "state.first_name"));
        assertEquals("", js(page, "document.getElementById('email').value"));
        assertEquals("https://old.example.com", js(page, "document.getElementById('question_1002').value"));
        assertEquals("null", js(page, "String(document.querySelector('[name=question_2001]:checked'))"));
        assertEquals("0", js(page, "String(document.getElementById('resume').files.length)"));
        assertEquals("", js(page, "document.getElementById('first_name').style.outline"));
        assertEquals("", js(page, "document.getElementById('question_1003').style.outline"));
        page.close();
    }

    @Test
    void leverLikeFormFillsUrlsAndAttachesTheResume() {
        Page page = driver.open("lever/index.html");
        driver.autofill(page);
        assertEquals("Anna Schmidt", js(page, "state.name"));
        assertEquals("anna@example.com", js(page, "state.email"));
        assertEquals("Acme GmbH", js(page, "state.org"));
        assertEquals("https://www.linkedin.com/in/anna-schmidt", js(page, "state['urls[LinkedIn]']"));
        assertEquals("https://github.com/anna", js(page, "state['urls[GitHub]']"));
        assertEquals("", js(page, "state['urls[Twitter]']"));
        assertEquals("", js(page, "state['cards[8a7b][field0]']"));
        assertEquals("", js(page, "document.querySelector('[name=website_hp]').value"));
        waitFor(page, "window.fileSeen.resume");
        assertTrue(js(page, "fileSeen.resume").startsWith("resume.pdf|application/pdf|"));
        page.close();
    }

    @Test
    void reactSelectLikeComboboxesArePickedFromTheirRenderedOptions() {
        Page page = driver.open("combobox/index.html");
        JsonObject reply = driver.autofill(page);
        assertEquals("Germany", js(page, "selected.country"), "reply " + reply);
        assertEquals("No", js(page, "selected.visa"));
        assertEquals("undefined", js(page, "String(selected.pronoun)"));
        assertEquals("Anna", js(page, "document.getElementById('fn').value"));
        driver.undo(page);
        assertEquals("undefined", js(page, "String(selected.country)"));
        page.close();
    }

    @Test
    void workdayLikeSecondStepRenderedAfterAClickIsFilledToo() {
        Page page = driver.open("workday/index.html");
        driver.autofill(page);
        assertEquals("Anna", js(page, "document.getElementById('input-1').value"));
        assertEquals("+4915112345678", js(page, "document.getElementById('input-4').value"));
        assertEquals("Berlin", js(page, "document.getElementById('input-5').value"));
        assertEquals("Germany", js(page, "String(answers.country)"));
        page.click("[data-automation-id=bottom-navigation-next-button]");
        waitFor(page, "document.getElementById('input-20') && document.getElementById('input-20').value !== ''");
        assertEquals("https://www.linkedin.com/in/anna-schmidt", js(page, "document.getElementById('input-20').value"));
        assertEquals("true", js(page, "String(document.getElementById('sp-no').checked)"));
        assertEquals("false", js(page, "String(document.getElementById('sp-yes').checked)"));
        page.close();
    }

    @Test
    void formInsideAnIframeIsFilledByTheEngineInjectedIntoThatFrame() {
        Page page = driver.open("iframe/index.html");
        driver.autofill(page);
        Frame frame = page.frames().stream().filter(f -> f.url().endsWith("embedded.html")).findFirst().orElseThrow();
        frame.waitForFunction("document.getElementById('first_name').value === 'Anna'");
        assertEquals("anna@example.com", frame.evaluate("document.getElementById('email').value"));
        assertEquals("", js(page, "document.querySelector('[name=q]').value"));
        page.close();
    }

    @Test
    void formInsideAnOpenShadowRootIsFilled() {
        Page page = driver.open("shadow/index.html");
        JsonObject reply = driver.autofill(page);
        String root = "document.querySelector('apply-form').shadowRoot";
        assertEquals("Anna", js(page, root + ".getElementById('gn').value"), "reply " + reply);
        assertEquals("Schmidt", js(page, root + ".getElementById('fam').value"));
        assertEquals("anna@example.com", js(page, root + ".getElementById('mail').value"));
        assertEquals("Berlin", js(page, root + ".getElementById('town').value"));
        assertEquals("", js(page, root + ".getElementById('trap').value"));
        assertFalse(reply.has("error"));
        page.close();
    }
    @Test
    void resumeReachesTheDropZonesOwnHandlerThroughItsHiddenInputWhileHiddenTrapsStayEmpty() {
        Page page = driver.open("dropzone/index.html");
        JsonObject reply = driver.autofill(page);
        assertEquals("anna@example.com", js(page, "document.getElementById('_systemfield_email').value"), "reply " + reply);
        // The input is display:none inside the visible drop zone: the zone is its stand-in, so it gets the file.
        waitFor(page, "window.fileSeen._systemfield_resume");
        assertEquals("resume.pdf|application/pdf|" + AutofillDriver.RESUME_TEXT.length() + "|%PDF-1.4", js(page, "fileSeen._systemfield_resume"));
        assertEquals("resume.pdf attached", js(page, "document.getElementById('resume-status').textContent"));
        assertTrue(js(page, "document.getElementById('resume-zone').style.outline").contains("solid"));
        // Same label text, but off-screen, invisible, not rendered, or screen-reader-only with nothing visible for it.
        for (String id : new String[] {"resume_copy", "cv_hidden", "cv_sr"}) {
            assertEquals("0", js(page, "String(document.getElementById('" + id + "').files.length)"), id);
        }
        assertEquals("0", js(page, "String(document.querySelector('[name=resume_not_rendered]').files.length)"));
        assertEquals("[\"_systemfield_resume\"]", js(page, "JSON.stringify(Object.keys(fileSeen))"));
        assertEquals("false", js(page, "String(window.submitted)"));
        page.close();
    }

    @Test
    void dropZoneWithoutAFileInputReceivesTheResumeAsADropEvent() {
        Page page = driver.open("dropzone/drop-only.html");
        JsonObject reply = driver.autofill(page);
        assertEquals("Anna", js(page, "document.getElementById('first_name').value"), "reply " + reply);
        waitFor(page, "window.fileSeen.dropped");
        assertEquals("resume.pdf|application/pdf|" + AutofillDriver.RESUME_TEXT.length() + "|%PDF-1.4", js(page, "fileSeen.dropped"));
        assertEquals("resume.pdf", js(page, "document.getElementById('cv-status').textContent"));
        page.close();
    }
    @Test
    void frameTheExtensionMayNotAccessDoesNotStopTheFillOfThePage() {
        try (FormServer thirdParty = new FormServer("127.0.0.2")) {
            Page page = driver.open("iframe/third-party.html?frame=" + thirdParty.url("iframe/sponsored.html"));
            page.waitForFunction("document.getElementById('third-party').contentWindow !== null");
            page.frames().stream().filter(f -> f.url().endsWith("sponsored.html")).findFirst().orElseThrow().waitForLoadState();
            JsonObject reply = driver.autofill(page);
            assertEquals("Anna", js(page, "document.getElementById('first_name').value"), "reply " + reply);
            assertEquals("anna@example.com", js(page, "document.getElementById('email').value"));
            page.close();
        }
    }
}
