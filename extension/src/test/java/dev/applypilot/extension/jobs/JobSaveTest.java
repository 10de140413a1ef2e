package dev.applypilot.extension.jobs;

import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonValue;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobSaveTest {
    private static final JsonValue JOB = JsonParser.parse(
            "{\"title\":\"Data Analyst\",\"company\":\"Northwind\",\"provenance\":{\"TITLE\":\"main-content\",\"COMPANY\":\"meta\"}}");

    @Test
    void theBodyCarriesClientIdJobAndSource() {
        JsonValue payload = JobSave.payload("c-1", JOB);
        assertEquals("c-1", payload.get("clientId").text().orElseThrow());
        assertEquals("EXTENSION", payload.get("source").text().orElseThrow());
        assertEquals("Data Analyst", payload.get("job").get("title").text().orElseThrow());
    }

    @Test
    void aCorrectedTitleIsMarkedAsTheUsersAndAnUnchangedCompanyKeepsItsSource() {
        JsonValue corrected = JobSave.corrected(JOB, " Senior Data Analyst ", "Northwind");
        assertEquals("Senior Data Analyst", corrected.get("title").text().orElseThrow());
        assertEquals("user", corrected.get("provenance").get("TITLE").text().orElseThrow());
        assertEquals("meta", corrected.get("provenance").get("COMPANY").text().orElseThrow());
    }

    @Test
    void blankCorrectionsKeepTheExtractedValues() {
        JsonValue corrected = JobSave.corrected(JOB, "", "  ");
        assertEquals("Data Analyst", corrected.get("title").text().orElseThrow());
        assertTrue(corrected.get("provenance").get("TITLE").text().orElseThrow().equals("main-content"));
    }
}
