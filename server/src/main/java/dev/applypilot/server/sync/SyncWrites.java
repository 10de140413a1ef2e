package dev.applypilot.server.sync;

import dev.applypilot.server.applications.ApplicationService;
import dev.applypilot.server.applications.ChangeSource;
import dev.applypilot.server.jobs.JobService;
import dev.applypilot.server.platform.ApiException;
import dev.applypilot.shared.json.JsonValue;
import dev.applypilot.shared.sync.SyncFrame;
import dev.applypilot.shared.sync.SyncFrameException;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Applies a WebSocket write through the same services as REST (same validation, same idempotency by clientId);
 * the frame's clientId is the idempotency key.
 */
@Singleton
class SyncWrites {
    private final JobService jobs;
    private final ApplicationService applications;

    SyncWrites(JobService jobs, ApplicationService applications) {
        this.jobs = jobs;
        this.applications = applications;
    }

    /** The result for the ack: the first result of this clientId. */
    JsonValue apply(UUID userId, SyncFrame.Write write) {
        if (write.clientId().length() > 100) {
            throw ApiException.invalid("clientId", "clientId must be at most 100 characters.", "Use a UUID.");
        }
        JsonValue payload = write.payload();
        switch (write.op()) {
            case "job.save":
                return jobs.saveFromJson(userId, payload, write.clientId()).body();
            case "application.status":
                UUID jobId;
                try {
                    jobId = UUID.fromString(payload.get("jobId").text().orElse(""));
                } catch (IllegalArgumentException e) {
                    throw ApiException.notFound("The job");
                }
                return applications.changeStatus(userId, write.clientId(), jobId, payload.get("status").text().orElse(null),
                        ChangeSource.parse(payload.get("source").text().orElse(null))).body();
            default:
                throw new SyncFrameException("unknown_op", "Unknown write op \"" + write.op() + "\"; use job.save or application.status.");
        }
    }
}
