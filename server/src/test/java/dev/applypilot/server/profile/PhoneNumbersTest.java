package dev.applypilot.server.profile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhoneNumbersTest {
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(nullValues = "NONE", value = {
            "+49 151 2345 6789, +4915123456789",
            "+49 (0)151 2345-6789, +4915123456789",
            "0044 20 7946 0958, +442079460958",
            "+1 (415) 555-0132, +14155550132",
            "0151 2345 6789, NONE",
            "+12, NONE",
            "+49 151 CALL ME, NONE",
            "+0 151 2345 6789, NONE",
            "+1234567890123456, NONE",
    })
    void writesInternationalNumbersInE164AndRefusesWhatNeedsAGuess(String text, String e164) {
        assertEquals(e164, PhoneNumbers.toE164(text));
    }
}
