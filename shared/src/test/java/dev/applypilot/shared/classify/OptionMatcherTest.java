package dev.applypilot.shared.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.applypilot.shared.form.FieldOption;
import dev.applypilot.shared.format.Answers;
import dev.applypilot.shared.format.Answers.Polarity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionMatcherTest {

    private static List<FieldOption> options(String... texts) {
        List<FieldOption> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new FieldOption("v" + i, texts[i]));
        }
        return out;
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Yes                                              | YES
            No                                               | NO
            Ja                                               | YES
            Nein                                             | NO
            Oui                                              | YES
            Non                                              | NO
            Sí                                               | YES
            Nee                                              | NO
            Sim                                              | YES
            Não                                              | NO
            Tak                                              | YES
            Nie                                              | NO
            I will require sponsorship                       | YES
            I will not require sponsorship                   | NO
            'No, I do not need sponsorship'                  | NO
            'Yes, I am authorized to work'                   | YES
            I don't need a visa                              | NO
            Ich benötige kein Visum                          | NO
            Je n'ai pas besoin de parrainage                 | NO
            I don't wish to answer                           | DECLINE
            Prefer not to say                                | DECLINE
            Keine Angabe                                     | DECLINE
            Select...                                        | NONE
            Bitte wählen                                     | NONE
            ''                                               | NONE
            """)
    void polarityHandlesNegationInEightLanguages(String text, Polarity expected) {
        assertEquals(expected, Answers.polarity(text == null ? "" : text));
    }

    @Test
    void picksTheSingleOptionWithTheWantedPolarity() {
        List<FieldOption> o = options("Select...", "I will require sponsorship", "I will not require sponsorship");
        assertEquals("v2", OptionMatcher.byPolarity(o, Polarity.NO).option().value());
        assertEquals("v1", OptionMatcher.byPolarity(o, Polarity.YES).option().value());
    }

    @Test
    void abstainsWhenTwoOptionsShareThePolarity() {
        List<FieldOption> o = options("Yes, now", "Yes, in the future", "No");
        OptionMatcher.Match m = OptionMatcher.byPolarity(o, Polarity.YES);
        assertNull(m.option());
        assertEquals(AbstainReason.AMBIGUOUS_OPTIONS, m.failure());
    }

    @ParameterizedTest(name = "{0} in [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            DE | Frankreich;Deutschland;Österreich        | Deutschland
            DE | France;Allemagne;Autriche                | Allemagne
            DE | Francia;Alemania                         | Alemania
            DE | Niemcy;Polska                            | Niemcy
            US | United Kingdom;United States;Canada      | United States
            NL | Belgium;Netherlands                      | Netherlands
            """)
    void countriesMatchByNameInAnyLanguage(String iso, String optionList, String expected) {
        List<FieldOption> o = options(optionList.split(";"));
        assertEquals(expected, OptionMatcher.country(o, iso).option().text());
    }

    @Test
    void countriesMatchByIsoValue() {
        List<FieldOption> o = List.of(new FieldOption("FR", "France"), new FieldOption("DE", "Germany"));
        assertEquals("DE", OptionMatcher.country(o, "DE").option().value());
    }

    @Test
    void usStatesMatchByCodeOrName() {
        assertEquals("California", OptionMatcher.region(options("Alabama", "California"), "CA").option().text());
        assertEquals("CA", OptionMatcher.region(options("AL", "CA"), "California").option().text());
    }

    @Test
    void synonymsIgnoreNegatedMentions() {
        List<FieldOption> o = options("Hispanic or Latino", "White (Not Hispanic or Latino)", "Decline to self-identify");
        assertEquals("Hispanic or Latino", OptionMatcher.bySynonyms(o, LegalAnswers.RACE.get(
                dev.applypilot.shared.profile.Eeo.RaceEthnicity.HISPANIC_OR_LATINO)).option().text());
    }

    @Test
    void numberRangesMatchYears() {
        List<FieldOption> o = options("Less than 2 years", "2-5 years", "5-10 years", "10+ years");
        assertEquals("5-10 years", OptionMatcher.numberRange(o, 6).option().text());
        assertEquals("10+ years", OptionMatcher.numberRange(o, 12).option().text());
        assertEquals("Less than 2 years", OptionMatcher.numberRange(o, 1).option().text());
    }

    @Test
    void callingCodeOptions() {
        List<FieldOption> o = options("Germany (+49)", "Austria (+43)", "United States (+1)");
        assertEquals("Germany (+49)", OptionMatcher.callingCode(o, "49", "DE").option().text());
        assertEquals("United States (+1)", OptionMatcher.callingCode(o, "1", "US").option().text());
    }
}
