package dev.applypilot.shared.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.applypilot.shared.json.JsonParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobPostingTest {

    @Test
    void jsonRoundTripKeepsEveryFieldAndProvenance() {
        JobPosting posting = new JobPosting("Senior Engineer", "Acme", List.of("Berlin, DE", "Remote"), RemoteType.HYBRID,
                "FULL_TIME", new Salary(90000.0, 120000.5, "EUR", SalaryPeriod.YEAR), "<p>Build</p>", "Build",
                "https://x.test/j?utm_source=a", "https://x.test/j", AtsVendor.GREENHOUSE, "123", "2026-01-02",
                "2026-03-04", "{\"@type\":\"JobPosting\"}", Map.of(JobField.TITLE, "json-ld", JobField.COMPANY, "site:greenhouse"));
        String json = posting.toJson().toJson();
        assertEquals(posting, JobPosting.fromJson(JsonParser.parse(json)));
    }

    @Test
    void fromJsonToleratesMissingAndUnknownValues() {
        JobPosting p = JobPosting.fromJson(JsonParser.parse("{\"title\":\"T\",\"remoteType\":\"MARS\",\"provenance\":{\"NOPE\":\"x\"}}"));
        assertEquals("T", p.title());
        assertEquals(RemoteType.UNKNOWN, p.remoteType());
        assertEquals(List.of(), p.locations());
        assertEquals(Map.of(), p.provenance());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Acme, Inc.  | Sr. Engineer – Backend | Berlin, Germany  | ACME       | sr engineer backend  | Berlin",
        "Zürich AG   | Data Scientist         | Zurich, CH       | zurich     | DATA SCIENTIST       | Zürich, Switzerland"
    })
    void dedupKeyIgnoresCasePunctuationLegalSuffixesAndRegion(String c1, String t1, String l1, String c2, String t2, String l2) {
        assertEquals(JobDedupKey.of(c1, t1, l1), JobDedupKey.of(c2, t2, l2));
    }

    @Test
    void dedupKeyKeepsDifferentCitiesApart() {
        assertNotEquals(JobDedupKey.of("Acme", "Engineer", "Berlin"), JobDedupKey.of("Acme", "Engineer", "Munich"));
    }
}
