package dev.applypilot.server.profile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProfileDatesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"2020, true", "2020-05, true", "2020-05-31, true", "2020-13, false", "2020-02-30, false", "May 2020, false",
            "20-05, false", "2020/05, false"})
    void acceptsYearMonthAndFullDatesOnly(String value, boolean valid) {
        assertEquals(valid, ProfileValidator.isPartialDate(value));
    }
}
