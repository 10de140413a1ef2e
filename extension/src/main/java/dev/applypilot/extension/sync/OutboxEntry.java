package dev.applypilot.extension.sync;

import dev.applypilot.shared.json.JsonValue;
import dev.applypilot.shared.sync.SyncFrame;

/**
 * One write waiting for the server.
 *
 * @param clientId uuid made by the extension; the server de-duplicates by it
 * @param op       {@code job.save} or {@code application.status}
 * @param payload  the same body the REST endpoint takes
 * @param queuedAt epoch millis when the user made the change
 */
public record OutboxEntry(String clientId, String op, JsonValue payload, long queuedAt) {
    public static final String JOB_SAVE = "job.save";
    public static final String APPLICATION_STATUS = "application.status";

    /** The {@code write} frame that sends this entry. */
    public SyncFrame.Write toFrame() {
        return new SyncFrame.Write(clientId, op, payload);
    }
}
