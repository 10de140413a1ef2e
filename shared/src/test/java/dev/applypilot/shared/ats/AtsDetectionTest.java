package dev.applypilot.shared.ats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldType;
import dev.applypilot.shared.form.FormDescriptor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AtsDetectionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://job-boards.greenhouse.io/gitlab/jobs/1        | GREENHOUSE
            https://boards.greenhouse.io/acme/jobs/2              | GREENHOUSE
            https://jobs.lever.co/highspot/abc/apply              | LEVER
            https://acme.wd5.myworkdayjobs.com/en-US/careers/job/ | WORKDAY
            https://jobs.ashbyhq.com/acme/123                     | ASHBY
            https://jobs.smartrecruiters.com/Acme/123             | SMARTRECRUITERS
            https://careers-acme.icims.com/jobs/1/job             | ICIMS
            https://apply.workable.com/huble/j/927FD30DD5/apply   | WORKABLE
            https://acme.bamboohr.com/careers/12                  | BAMBOOHR
            https://jobs.jobvite.com/acme/job/o1                  | JOBVITE
            https://acme.taleo.net/careersection/2/apply.ftl      | TALEO
            https://acme.teamtailor.com/jobs/1                    | TEAMTAILOR
            https://acme.breezy.hr/p/1                            | BREEZY
            https://www.example.com/careers/apply                 | GENERIC
            https://notgreenhouse.io.evil.com/                    | GENERIC
            """)
    void detectsVendorsByUrl(String url, Ats expected) {
        assertEquals(expected, AtsAdapters.detect(new FormDescriptor(url, List.of(), Set.of())).ats());
    }

    @Test
    void detectsEmbeddedGreenhouseByDomMarker() {
        FormDescriptor f = new FormDescriptor("https://www.acme.com/careers", List.of(), Set.of("iframe#grnhse_iframe"));
        assertEquals(Ats.GREENHOUSE, AtsAdapters.detect(f).ats());
    }

    @Test
    void workdayAutomationIdsAreKnown() {
        FieldDescriptor f = new FieldDescriptor("input", "text", "", "input-1", "", "", "", "", "", "", "", List.of(), false, true, true, "",
                Map.of("data-automation-id", "legalNameSection_firstName"));
        assertEquals(FieldType.GIVEN_NAME, AtsAdapters.workday().knownType(f));
    }

    private static FieldDescriptor field(String type) {
        return new FieldDescriptor("input", type, "", "", "", "", "", "", "", "", "", List.of(), false, true, true, "", Map.of());
    }

    @Test
    void applicationFormNeedsAResumeOrThreePersonalFields() {
        FormDescriptor withResume = new FormDescriptor("", List.of(field("file"), field("text")), Set.of());
        assertTrue(ApplicationFormDetector.isApplicationForm(withResume, List.of(FieldType.RESUME_FILE, FieldType.UNKNOWN)));
        FormDescriptor contact = new FormDescriptor("", List.of(field("text"), field("text"), field("email")), Set.of());
        assertTrue(ApplicationFormDetector.isApplicationForm(contact, List.of(FieldType.GIVEN_NAME, FieldType.FAMILY_NAME, FieldType.EMAIL)));
        assertFalse(ApplicationFormDetector.isApplicationForm(contact, List.of(FieldType.GIVEN_NAME, FieldType.UNKNOWN, FieldType.EMAIL)));
    }

    @Test
    void loginSearchAndNewsletterFormsAreNotApplications() {
        FormDescriptor login = new FormDescriptor("", List.of(field("email"), field("password")), Set.of());
        assertFalse(ApplicationFormDetector.isApplicationForm(login, List.of(FieldType.EMAIL, FieldType.UNKNOWN)));
        FormDescriptor search = new FormDescriptor("", List.of(field("search")), Set.of());
        assertFalse(ApplicationFormDetector.isApplicationForm(search, List.of(FieldType.UNKNOWN)));
        FormDescriptor newsletter = new FormDescriptor("", List.of(field("email")), Set.of());
        assertFalse(ApplicationFormDetector.isApplicationForm(newsletter, List.of(FieldType.EMAIL)));
    }
}
