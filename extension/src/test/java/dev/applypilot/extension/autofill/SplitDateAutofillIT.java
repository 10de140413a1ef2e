package dev.applypilot.extension.autofill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dates split into day / month / year controls (forms/splitdate), filled by the built extension in Chromium: the
 * driver's profile starts on 2025-03-01 and graduated in 2018-09.
 */
class SplitDateAutofillIT {
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

    private static String changed(Page page, String id) {
        return String.valueOf(page.evaluate("String(window.changed['" + id + "'])"));
    }

    @Test
    void startAndGraduationDatesAreFilledPartByPartAndTheBirthDateIsLeftEmpty() {
        Page page = driver.open("splitdate/index.html");
        JsonObject reply = driver.autofill(page);

        // Month picked by its name ("March" has value 3), day by number, year typed as four digits.
        assertEquals("3", value(page, "start_month"), "reply: " + reply);
        assertEquals("1", value(page, "start_day"));
        assertEquals("2025", value(page, "start_year"));
        // Graduation month from a numbered list; the page's change handlers saw every part.
        assertEquals("09", value(page, "grad_month"));
        assertEquals("2018", value(page, "grad_year"));
        for (String id : new String[] {"start_month", "start_day", "start_year", "grad_month", "grad_year"}) {
            assertEquals(value(page, id), changed(page, id), id);
        }
        // A date of birth is not a profile fact autofill fills; nothing is submitted.
        for (String id : new String[] {"dob_day", "dob_month", "dob_year"}) {
            assertEquals("", value(page, id), id);
            assertEquals("undefined", changed(page, id), id);
        }
        assertEquals("false", String.valueOf(page.evaluate("String(window.submitted)")));
        page.close();
    }
}
