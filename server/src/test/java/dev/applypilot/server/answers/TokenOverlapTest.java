package dev.applypilot.server.answers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenOverlapTest {
    @ParameterizedTest(name = "\"{0}\" ~ \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "What are your salary expectations?|What salary are you expecting?",
            "When can you start?|When could you start working?",
            "Why do you want to work here?|Why do you want to work for us?",
    })
    void similarQuestionsScoreAboveTheDefaultThreshold(String a, String b) {
        assertTrue(TokenOverlap.score(a, b) >= 0.35, a + " / " + b + " = " + TokenOverlap.score(a, b));
    }

    @ParameterizedTest(name = "\"{0}\" !~ \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "What are your salary expectations?|Do you have a driver's license?",
            "When can you start?|Describe a conflict in your team.",
            "Why do you want to work here?|Are you authorized to work in Germany?",
    })
    void unrelatedQuestionsScoreBelowIt(String a, String b) {
        assertTrue(TokenOverlap.score(a, b) < 0.35, a + " / " + b + " = " + TokenOverlap.score(a, b));
    }
}
