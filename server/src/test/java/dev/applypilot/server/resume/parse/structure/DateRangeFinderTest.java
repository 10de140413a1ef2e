package dev.applypilot.server.resume.parse.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.applypilot.server.resume.parse.DateRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangeFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Engineer, June 2022 – Present       | June 2022 – Present      | 2022-06 | -       | true",
            "03/2019 - 11/2021                   | 03/2019 - 11/2021        | 2019-03 | 2021-11 | false",
            "Jan. 2018 to Dec 2019               | Jan. 2018 to Dec 2019    | 2018-01 | 2019-12 | false",
            "2015–2019 BSc                       | 2015–2019                | 2015    | 2019    | false",
            "März 2020 – heute                   | März 2020 – heute        | 2020-03 | -       | true",
            "janv. 2019 - août 2021              | janv. 2019 - août 2021   | 2019-01 | 2021-08 | false",
            "seit 2020                           | seit 2020                | 2020    | -       | true",
            "2019-04 – 2020-10                   | 2019-04 – 2020-10        | 2019-04 | 2020-10 | false",
            "enero 2020 – actualidad             | enero 2020 – actualidad  | 2020-01 | -       | true",
    })
    void findsAndNormalisesRanges(String line, String text, String start, String end, boolean current) {
        DateRangeFinder.Found found = DateRangeFinder.findRange(line).orElseThrow();
        assertEquals(new DateRange(text, start, end, current), found.range());
        assertTrue(line.contains(found.range().text()));
    }

    @ParameterizedTest
    @CsvSource({"over 10 years of experience", "+49 30 1234567", "Led a team of 12"})
    void ignoresTextWithoutRanges(String line) {
        assertTrue(DateRangeFinder.findRange(line).isEmpty());
    }
}
