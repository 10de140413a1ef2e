package dev.applypilot.extension.sync;

import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonString;
import dev.applypilot.shared.sync.SyncFrames;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutboxEntryTest {
    @Test
    void anEntryGoesOutAsTheContractsWriteFrame() {
        OutboxEntry entry = new OutboxEntry("c-1", OutboxEntry.JOB_SAVE, new JsonObject(Map.of("source", new JsonString("EXTENSION"))), 0);
        assertEquals("{\"type\":\"write\",\"clientId\":\"c-1\",\"op\":\"job.save\",\"payload\":{\"source\":\"EXTENSION\"}}",
                SyncFrames.write(entry.toFrame()));
    }
}
