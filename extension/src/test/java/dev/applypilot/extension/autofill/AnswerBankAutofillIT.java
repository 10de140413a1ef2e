package dev.applypilot.extension.autofill;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.applypilot.extension.FakeServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A custom free-text question (forms/answers): after Autofill the answer bank's best match is offered next to it,
 * written only when the user clicks Use, and taken back by Undo. The background asks {@link FakeServer}'s
 * {@code /api/v1/answers/match} with the signed-in session's token.
 */
class AnswerBankAutofillIT {
    private static final String QUESTION = "Why do you want to work here?";
    private static final String ANSWER = "I have used Acme's tools for years and want to help build the next generation of them,"
            + " working on the backend that keeps them fast.";

    private static AutofillDriver driver;
    private static FakeServer server;

    @BeforeAll
    static void start() {
        server = FakeServer.start();
        server.saveAnswer("a-1", "Why do you want to work at our company?", ANSWER);
        server.saveAnswer("a-2", "What is your greatest weakness?", "Not this one.");
        driver = new AutofillDriver();
        Page popup = driver.browser.signIn(server.baseUrl(), FakeServer.EMAIL, FakeServer.PASSWORD);
        assertThat(popup.locator("#signed-in")).isVisible();
        popup.close();
    }

    @AfterAll
    static void stop() {
        driver.close();
        server.close();
    }

    private static String js(Page page, String expression) {
        Object v = page.evaluate(expression);
        return v == null ? null : String.valueOf(v);
    }

    @Test
    void customQuestionIsOfferedTheAnswerBankMatchWrittenOnlyOnUseAndUndoneWithTheRest() {
        server.answerQuestions.clear();
        server.usedAnswers.clear();
        Page page = driver.open("answers/index.html");
        JsonObject reply = driver.autofill(page);
        assertEquals("Anna", js(page, "document.getElementById('first_name').value"), "reply: " + reply);

        // Offered, not written: the page's CSS hides every span and button, the suggestion's shadow root is immune.
        Locator suggestion = page.locator("[data-applypilot-suggestion] span");
        Locator use = page.locator("[data-applypilot-suggestion] button");
        assertThat(use).isVisible();
        assertThat(use).hasText("Use");
        assertThat(suggestion).hasText("Answer bank: " + ANSWER.substring(0, AnswerOffers.PREVIEW_CHARS).trim() + "…");
        assertEquals("", js(page, "document.getElementById('why_us').value"));
        assertEquals("undefined", js(page, "String(window.typed.why_us)"));
        assertEquals(List.of(QUESTION), server.answerQuestions);
        assertEquals(List.of(), server.usedAnswers);

        use.click();
        assertEquals(ANSWER, js(page, "document.getElementById('why_us').value"));
        assertEquals(ANSWER, js(page, "window.typed.why_us"));
        // 6 shared words of 10 (the fake server's word overlap): 60%.
        assertEquals("ApplyPilot: answer bank (60% match)", js(page, "document.getElementById('why_us').title"));
        assertTrue(js(page, "document.getElementById('why_us').style.outline").contains("solid"));
        assertEquals(0, use.count());
        page.waitForCondition(() -> server.usedAnswers.contains("a-1"), new Page.WaitForConditionOptions().setTimeout(10_000));
        assertEquals(List.of("a-1"), server.usedAnswers);

        JsonObject undone = driver.undo(page);
        assertTrue(undone.get("restored").getAsInt() >= 4, "undo: " + undone);
        assertEquals("", js(page, "document.getElementById('why_us').value"));
        assertEquals("", js(page, "window.typed.why_us"));
        assertEquals("", js(page, "document.getElementById('why_us').style.outline"));
        assertEquals("", js(page, "document.getElementById('first_name').value"));
        assertEquals("false", js(page, "String(window.submitted)"));
        page.close();
    }

    @Test
    void undoBeforeUseRemovesTheSuggestionAndWritesNothing() {
        Page page = driver.open("answers/index.html");
        driver.autofill(page);
        Locator use = page.locator("[data-applypilot-suggestion] button");
        assertThat(use).isVisible();
        driver.undo(page);
        assertEquals(0, use.count());
        assertEquals("", js(page, "document.getElementById('why_us').value"));
        assertEquals("undefined", js(page, "String(window.typed.why_us)"));
        page.close();
    }
}
