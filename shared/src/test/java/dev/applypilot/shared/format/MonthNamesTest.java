package dev.applypilot.shared.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            March        | 3  |
            Sept.        | 9  |
            März         | 3  |
            Jänner       | 1  | Austrian German
            février      | 2  |
            août         | 8  |
            septiembre   | 9  |
            mei          | 5  | Dutch
            giugno       | 6  |
            dezembro     | 12 |
            październik  | 10 |
            października | 10 | Polish genitive, as in "1 października"
            Monday       | 0  |
            Select...    | 0  |
            """)
    void monthsAreNamedInEightLanguages(String text, int month, String note) {
        assertEquals(month, MonthNames.monthOf(text), note);
    }
}
