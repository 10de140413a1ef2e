package dev.applypilot.server.sync;

import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Exactly-once client writes. A client generates an id per intended change and reuses it on every retry; the first
 * attempt reserves the id and stores its result in the same transaction as the change, later attempts get that
 * result back. A retry racing the first attempt waits on the primary key until the first commits or rolls back.
 */
@Singleton
public class ClientWrites {

    /**
     * Reserves {@code clientId} within the caller's transaction.
     *
     * @return empty when the id is new (go ahead, then {@link #complete}); else the first attempt's result JSON
     */
    public Optional<String> claim(Connection connection, UUID userId, String clientId, String op) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO client_writes (user_id, client_id, op) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setObject(1, userId);
            insert.setString(2, clientId);
            insert.setString(3, op);
            if (insert.executeUpdate() == 1) {
                return Optional.empty();
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT result::text FROM client_writes WHERE user_id = ? AND client_id = ?")) {
            select.setObject(1, userId);
            select.setString(2, clientId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                String result = rows.getString(1);
                return Optional.of(result == null ? "{}" : result);
            }
        }
    }

    public void complete(Connection connection, UUID userId, String clientId, String resultJson) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE client_writes SET result = ?::jsonb WHERE user_id = ? AND client_id = ?")) {
            update.setString(1, resultJson);
            update.setObject(2, userId);
            update.setString(3, clientId);
            update.executeUpdate();
        }
    }
}
