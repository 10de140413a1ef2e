package dev.applypilot.shared.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormattersTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            +4915112345678 | E164     | +4915112345678
            +4915112345678 | NATIONAL | 015112345678
            +4915112345678 | DIGITS   | 4915112345678
            +14155550100   | NATIONAL | (415) 555-0100
            +393471234567  | NATIONAL | 3471234567
            +351912345678  | NATIONAL | 912345678
            """)
    void phoneFormats(String e164, PhoneFormat format, String expected) {
        assertEquals(expected, PhoneFormatter.format(e164, null, format));
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            text  | MM/DD/YYYY | 03/01/2025
            text  | DD/MM/YYYY | 01/03/2025
            text  | JJ/MM/AAAA | 01/03/2025
            text  | TT.MM.JJJJ | 01.03.2025
            date  |            | 2025-03-01
            month |            | 2025-03
            text  | MM/YYYY    | 03/2025
            """)
    void datesFollowTheFieldsSpelling(String type, String placeholder, String expected) {
        assertEquals(expected, DateFormatter.format("2025-03-01", DateFormatter.detect(type, placeholder)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Deutschland        | DE
            Allemagne          | DE
            Estados Unidos     | US
            USA                | US
            Verenigd Koninkrijk| GB
            Włochy             | IT
            Países Bajos       | NL
            de                 | DE
            """)
    void countryNamesInEightLanguages(String text, String code) {
        assertEquals(code, Countries.codeOf(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            camelCaseName            | camel case name
            legalNameSection_firstName | legal name section first name
            addressLine1             | address line 1
            urls[LinkedIn]           | urls linked in
            """)
    void identifierWordsSplitCamelCaseAndDigits(String ident, String expected) {
        assertEquals(expected, String.join(" ", Text.identifierWords(ident)));
    }
}
