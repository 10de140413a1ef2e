package dev.applypilot.extension.sync;

import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonString;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxTest {
    private static OutboxEntry entry(String clientId) {
        return new OutboxEntry(clientId, OutboxEntry.JOB_SAVE, new JsonObject(Map.of("clientId", new JsonString(clientId))), 7);
    }

    private static List<String> ids(List<OutboxEntry> entries) {
        return entries.stream().map(OutboxEntry::clientId).toList();
    }

    @Test
    void eachEntryIsSentOncePerConnectionInTheOrderItWasQueued() {
        Outbox outbox = new Outbox();
        outbox.add(entry("a"));
        outbox.add(entry("b"));
        assertEquals(List.of("a", "b"), ids(outbox.takeUnsent()));
        assertEquals(List.of(), ids(outbox.takeUnsent()));
        outbox.add(entry("c"));
        assertEquals(List.of("c"), ids(outbox.takeUnsent()));
    }

    @Test
    void anUnackedEntryIsSentAgainAfterTheConnectionIsLost() {
        Outbox outbox = new Outbox();
        outbox.add(entry("a"));
        outbox.add(entry("b"));
        outbox.takeUnsent();
        outbox.acknowledge("a");
        outbox.connectionLost();
        assertEquals(List.of("b"), ids(outbox.takeUnsent()));
    }

    @Test
    void onlyAnAckRemovesAnEntryAndARepeatedAckIsIgnored() {
        Outbox outbox = new Outbox();
        outbox.add(entry("a"));
        assertEquals(1, outbox.size());
        assertEquals("a", outbox.acknowledge("a").clientId());
        assertNull(outbox.acknowledge("a"));
        assertTrue(outbox.isEmpty());
    }

    @Test
    void addingTheSameClientIdTwiceKeepsOneEntry() {
        Outbox outbox = new Outbox();
        outbox.add(entry("a"));
        outbox.add(entry("a"));
        assertEquals(1, outbox.size());
    }

    @Test
    void survivesAWorkerRestartThroughItsJsonWithEverythingUnsent() {
        Outbox outbox = new Outbox();
        outbox.add(entry("a"));
        outbox.add(entry("b"));
        outbox.takeUnsent();
        Outbox restored = Outbox.fromJson(outbox.toJson());
        assertEquals(List.of("a", "b"), ids(restored.takeUnsent()));
        OutboxEntry a = restored.entries().get(0);
        assertEquals(OutboxEntry.JOB_SAVE, a.op());
        assertEquals("a", a.payload().get("clientId").text().orElseThrow());
        assertEquals(7, a.queuedAt());
    }

    @Test
    void damagedStorageGivesAnEmptyOutbox() {
        assertTrue(Outbox.fromJson("{not json").isEmpty());
        assertTrue(Outbox.fromJson(null).isEmpty());
        assertTrue(Outbox.fromJson("[{\"op\":\"job.save\"}]").isEmpty());
    }
}
