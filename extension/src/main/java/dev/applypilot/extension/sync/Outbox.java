package dev.applypilot.extension.sync;

import dev.applypilot.shared.json.JsonArray;
import dev.applypilot.shared.json.JsonNumber;
import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonParseException;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonString;
import dev.applypilot.shared.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes (job saves, status changes) waiting for the server's ack. An entry is queued, sent at most once per
 * connection, and removed only when the server acks its client id; a lost connection puts sent entries back in
 * the queue. Re-sending after a reconnect is safe because the server answers a repeated client id with the
 * first result. Only the entries are persisted: after a worker restart everything is simply unsent again.
 */
public final class Outbox {
    private final Map<String, OutboxEntry> entries = new LinkedHashMap<>();
    private final Set<String> sentOnThisConnection = new HashSet<>();

    public void add(OutboxEntry entry) {
        entries.putIfAbsent(entry.clientId(), entry);
    }

    /** Entries not yet sent on the current connection, oldest first; they count as sent from now on. */
    public List<OutboxEntry> takeUnsent() {
        List<OutboxEntry> out = new ArrayList<>();
        for (OutboxEntry entry : entries.values()) {
            if (sentOnThisConnection.add(entry.clientId())) {
                out.add(entry);
            }
        }
        return out;
    }

    /** The server has the write; returns the entry, or null for an unknown (already acked) id. */
    public OutboxEntry acknowledge(String clientId) {
        sentOnThisConnection.remove(clientId);
        return entries.remove(clientId);
    }

    /** The connection closed: whatever was sent without an ack goes out again on the next one. */
    public void connectionLost() {
        sentOnThisConnection.clear();
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public List<OutboxEntry> entries() {
        return List.copyOf(entries.values());
    }

    public String toJson() {
        List<JsonValue> list = new ArrayList<>();
        for (OutboxEntry entry : entries.values()) {
            Map<String, JsonValue> m = new LinkedHashMap<>();
            m.put("clientId", new JsonString(entry.clientId()));
            m.put("op", new JsonString(entry.op()));
            m.put("payload", entry.payload());
            m.put("queuedAt", JsonNumber.of(entry.queuedAt()));
            list.add(new JsonObject(m));
        }
        return new JsonArray(list).toJson();
    }

    /** Reads what {@link #toJson()} wrote; null, blank or damaged text gives an empty outbox. */
    public static Outbox fromJson(String json) {
        Outbox outbox = new Outbox();
        if (json == null || json.isBlank()) {
            return outbox;
        }
        try {
            for (JsonValue item : JsonParser.parse(json).elements()) {
                String clientId = item.get("clientId").text().orElse(null);
                String op = item.get("op").text().orElse(null);
                if (clientId != null && op != null && !item.get("payload").isNull()) {
                    long queuedAt = item.get("queuedAt").number().map(Double::longValue).orElse(0L);
                    outbox.add(new OutboxEntry(clientId, op, item.get("payload"), queuedAt));
                }
            }
        } catch (JsonParseException e) {
            return new Outbox();
        }
        return outbox;
    }
}
