package dev.applypilot.server.jobs;

import dev.applypilot.shared.job.JobPosting;
import dev.applypilot.shared.json.JsonObject;

import java.time.Instant;
import java.util.UUID;

/** A job as saved by a user: the posting (description already sanitised) plus its id and times. */
public record SavedJob(UUID id, JobPosting posting, Instant savedAt, Instant updatedAt) {

    /** The posting's JSON ({@code JobPostingJson}) with "id", "savedAt" and "updatedAt" added. */
    public JsonObject toJson() {
        return Json.with(posting.toJson(), "id", id, "savedAt", savedAt, "updatedAt", updatedAt);
    }
}
