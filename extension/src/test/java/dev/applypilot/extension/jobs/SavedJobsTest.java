package dev.applypilot.extension.jobs;

import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonValue;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SavedJobsTest {
    private static final JsonValue ACK = JsonParser.parse("{\"job\":{\"id\":\"j1\",\"title\":\"Engineer\","
            + "\"sourceUrl\":\"https://boards.greenhouse.io/acme/jobs/123?gh_src=abc\","
            + "\"canonicalUrl\":\"https://boards.greenhouse.io/acme/jobs/123\"},\"duplicate\":false,\"applicationStatus\":\"INTERESTED\"}");

    @Test
    void recognisesTheJobUnderTrackingVariantsOfItsUrl() {
        SavedJobs saved = new SavedJobs();
        assertTrue(saved.record(ACK));
        SavedJobs.SavedJob found = saved.find("https://boards.greenhouse.io/acme/jobs/123?utm_source=linkedin#apply");
        assertEquals("j1", found.jobId());
        assertFalse(found.applied());
        assertNull(saved.find("https://boards.greenhouse.io/acme/jobs/999"));
    }

    @Test
    void aStatusEventMarksTheJobApplied() {
        SavedJobs saved = new SavedJobs();
        saved.record(ACK);
        saved.statusChanged("j1", "APPLIED");
        assertTrue(saved.find("https://boards.greenhouse.io/acme/jobs/123").applied());
    }

    @Test
    void survivesAWorkerRestartThroughItsJson() {
        SavedJobs saved = new SavedJobs();
        saved.record(ACK);
        saved.rememberPage("http://127.0.0.1:5000/careers/x", "j1");
        SavedJobs restored = SavedJobs.fromJson(saved.toJson());
        assertEquals("j1", restored.find("http://127.0.0.1:5000/careers/x").jobId());
        assertEquals("INTERESTED", restored.find("https://boards.greenhouse.io/acme/jobs/123").status());
        assertEquals(0, SavedJobs.fromJson("{broken").size());
    }

    @Test
    void somethingWithoutAJobIdIsNotRecorded() {
        assertFalse(new SavedJobs().record(JsonParser.parse("{\"job\":{\"title\":\"x\"}}")));
    }
}
