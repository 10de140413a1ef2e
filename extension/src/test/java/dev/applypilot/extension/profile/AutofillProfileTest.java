package dev.applypilot.extension.profile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AutofillProfileTest {
    private static final String DOCUMENT = "{\"contact\":{\"givenName\":\"Ada\"},\"screening\":{\"over18\":true,\"eeo\":{\"gender\":\"FEMALE\"}},"
            + "\"eeo\":{\"optIn\":%s},\"updatedAt\":\"2026-01-01T00:00:00Z\"}";

    @Test
    void eeoAnswersStayOutWithoutConsent() {
        assertEquals("{\"contact\":{\"givenName\":\"Ada\"},\"screening\":{\"over18\":true}}",
                AutofillProfile.fromDocument(DOCUMENT.formatted("false")));
    }

    @Test
    void eeoAnswersGoWithConsentAndTheServerOnlyMembersNever() {
        assertEquals("{\"contact\":{\"givenName\":\"Ada\"},\"screening\":{\"over18\":true,\"eeo\":{\"gender\":\"FEMALE\"}}}",
                AutofillProfile.fromDocument(DOCUMENT.formatted("true")));
    }

    @Test
    void anUnreadableDocumentGivesNoProfile() {
        assertNull(AutofillProfile.fromDocument("<html>"));
        assertNull(AutofillProfile.fromDocument("[]"));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "b, b",      // the user's pick
            "-, a",      // no pick: the primary version
            "gone, a"})  // a pick that no longer exists: the primary version
    void choosesThePickElseThePrimaryVersion(String wanted, String chosen) {
        List<ResumeVersion> versions = ResumeVersion.parseList("[{\"id\":\"c\",\"fileName\":\"new.pdf\",\"primary\":false},"
                + "{\"id\":\"a\",\"fileName\":\"cv.pdf\",\"contentType\":\"application/pdf\",\"primary\":true},{\"id\":\"b\",\"fileName\":\"b.docx\"}]");
        assertEquals(chosen, ResumeVersion.choose(versions, wanted).id());
    }

    @Test
    void withoutAPrimaryTheNewestIsChosen() {
        assertEquals("n", ResumeVersion.choose(ResumeVersion.parseList("[{\"id\":\"n\"},{\"id\":\"o\"}]"), null).id());
        assertNull(ResumeVersion.choose(ResumeVersion.parseList("{}"), null));
    }
}
