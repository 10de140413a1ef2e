package dev.applypilot.extension.autofill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Labels outside ASCII, read by the built engine in Chromium (forms/multilingual). The engine lower-cases and
 * classifies characters with the browser's Unicode tables (bindings/JsChars) and takes its label table from the
 * injected data file (bindings/JsLabelTable), so this is where both meet real text: the JVM tables test the same rows
 * through Character.
 */
class MultilingualAutofillIT {
    private static AutofillDriver driver;

    @BeforeAll
    static void start() {
        driver = new AutofillDriver();
    }

    @AfterAll
    static void stop() {
        driver.close();
    }

    private static String value(Page page, String id) {
        return String.valueOf(page.evaluate("document.getElementById('" + id + "').value"));
    }

    @Test
    void fieldsNamedOnlyByNonAsciiLabelsAreFilledFromTheProfile() {
        Page page = driver.open("multilingual/index.html");
        JsonObject reply = driver.autofill(page);

        assertEquals("Anna", value(page, "q1"), "reply: " + reply);
        assertEquals("Schmidt", value(page, "q2"));
        assertEquals("anna@example.com", value(page, "q3"));
        assertEquals("4915112345678", value(page, "q4").replaceAll("\\D", ""));
        assertEquals("Hauptstraße 1", value(page, "q5"));
        assertEquals("10115", value(page, "q6"));
        assertEquals("Berlin", value(page, "q7"));
        page.close();
    }
}
