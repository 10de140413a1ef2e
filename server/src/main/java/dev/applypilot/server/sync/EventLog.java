package dev.applypilot.server.sync;

import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The per-user event log that clients sync from. Features call {@link #append} inside the transaction that makes
 * the change: the event gets the next per-user id from a counter row in that same transaction (so ids are strictly
 * increasing and a user's events commit in id order), and it is published to every server instance only after
 * the commit (so nobody hears of a change that rolled back).
 */
@Singleton
public class EventLog {
    private final Transactions transactions;
    private final EventRelay relay;

    EventLog(Transactions transactions, EventRelay relay) {
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * Records an event for {@code userId}; joins the caller's transaction (or runs in its own).
     *
     * @param kind        e.g. "job.saved", "application.status", "profile.updated", "resume.status"
     * @param payloadJson a JSON object as text; it is what clients receive as the event's "payload"
     * @return the event's id
     */
    public long append(UUID userId, String kind, String payloadJson) {
        StoredEvent event = transactions.write(connection -> insert(connection, userId, kind, payloadJson));
        transactions.afterCommit(() -> relay.publish(event));
        return event.id();
    }

    /** Events with {@code afterId < id < beforeId}, oldest first, at most {@code limit}. */
    public List<StoredEvent> between(UUID userId, long afterId, long beforeId, int limit) {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, kind, payload::text, created_at FROM events WHERE user_id = ? AND id > ? AND id < ? ORDER BY id LIMIT ?")) {
                statement.setObject(1, userId);
                statement.setLong(2, afterId);
                statement.setLong(3, beforeId);
                statement.setInt(4, limit);
                List<StoredEvent> events = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        events.add(new StoredEvent(userId, rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getTimestamp(4).toInstant()));
                    }
                }
                return events;
            }
        });
    }

    /** The newest event id of the user, 0 when there is none. */
    public long lastId(UUID userId) {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT last_id FROM event_counters WHERE user_id = ?")) {
                statement.setObject(1, userId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getLong(1) : 0L;
                }
            }
        });
    }

    private static StoredEvent insert(Connection connection, UUID userId, String kind, String payloadJson) throws SQLException {
        // The upsert's row lock is held until commit, so a user's writers take ids and commit one after another;
        // one statement takes the id and stores the event, so the lock waits for no further round trip but the commit.
        try (PreparedStatement statement = connection.prepareStatement(
                "WITH counter AS (INSERT INTO event_counters (user_id, last_id) VALUES (?, 1) "
                        + "ON CONFLICT (user_id) DO UPDATE SET last_id = event_counters.last_id + 1 RETURNING last_id) "
                        + "INSERT INTO events (user_id, id, kind, payload) SELECT ?, last_id, ?, ?::jsonb FROM counter RETURNING id, created_at")) {
            statement.setObject(1, userId);
            statement.setObject(2, userId);
            statement.setString(3, kind);
            statement.setString(4, payloadJson);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new StoredEvent(userId, rows.getLong(1), kind, payloadJson, rows.getTimestamp(2).toInstant());
            }
        }
    }
}
