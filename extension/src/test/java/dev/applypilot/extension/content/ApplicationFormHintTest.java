package dev.applypilot.extension.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicationFormHintTest {
    @ParameterizedTest(name = "text {0}, contact {1}, file {2}, password {3} -> {4}")
    @CsvSource({
            "3, 1, false, false, true",  // first name, last name, email
            "2, 1, true,  false, true",  // name, email and a resume upload
            "1, 1, true,  false, false", // a lone field beside an upload is no application
            "1, 1, false, false, false", // newsletter sign-up
            "1, 0, false, false, false", // search box
            "4, 1, false, true,  false", // account creation with a password
            "3, 0, false, false, false", // filters or a comment form without email or phone
            "6, 2, true,  true,  true"   // an upload wins over a password (ATS that creates an account on the way)
    })
    void looksLikeAnApplicationForm(int textFields, int contactFields, boolean fileInput, boolean password, boolean expected) {
        assertEquals(expected, ApplicationFormHint.likely(textFields, contactFields, fileInput, password));
    }
}
