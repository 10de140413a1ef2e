package dev.applypilot.server.applications;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IcsCalendarTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "a,b;c\\d | a\\,b\\;c\\\\d",
            "plain    | plain",
    })
    void textIsEscaped(String raw, String escaped) {
        assertEquals(escaped, IcsCalendar.escape(raw));
    }

    @Test
    void newlinesBecomeEscapedN() {
        assertEquals("one\\ntwo\\nthree", IcsCalendar.escape("one\r\ntwo\nthree"));
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingCharacters() {
        String summary = "Entretien technique à Zürich — ".repeat(6);
        String ics = IcsCalendar.event("u@x", Instant.EPOCH, Instant.EPOCH, Instant.EPOCH.plusSeconds(3600), summary, null, null);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(ics.replace("\r\n ", "").contains("SUMMARY:" + summary + "\r\n"));
        assertTrue(ics.contains("DTSTART:19700101T000000Z\r\nDTEND:19700101T010000Z\r\n"));
    }
}
