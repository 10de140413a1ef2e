package dev.applypilot.server.applications;

import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** The applications table and its status timeline; every query is scoped by user id. */
@Singleton
public class ApplicationStore {

    /** Creates the application of a newly saved job as INTERESTED, with the first timeline entry. */
    public void create(Connection connection, UUID userId, UUID jobId, ChangeSource source) throws SQLException {
        // One round trip for both rows: this runs inside every job save.
        try (PreparedStatement statement = connection.prepareStatement(
                "WITH application AS (INSERT INTO applications (job_id, user_id, status) VALUES (?, ?, ?) RETURNING job_id, status) "
                        + "INSERT INTO application_timeline (job_id, from_status, to_status, source) SELECT job_id, NULL, status, ? FROM application")) {
            statement.setObject(1, jobId);
            statement.setObject(2, userId);
            statement.setString(3, ApplicationStatus.INTERESTED.name());
            statement.setString(4, source.name());
            statement.executeUpdate();
        }
    }

    public Optional<ApplicationStatus> status(Connection connection, UUID userId, UUID jobId) throws SQLException {
        return status(connection, userId, jobId, false);
    }

    /** The status, with the row locked until commit when {@code forUpdate}. */
    Optional<ApplicationStatus> status(Connection connection, UUID userId, UUID jobId, boolean forUpdate) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT status FROM applications WHERE user_id = ? AND job_id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            statement.setObject(1, userId);
            statement.setObject(2, jobId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(ApplicationStatus.valueOf(rows.getString(1))) : Optional.empty();
            }
        }
    }

    void setStatus(Connection connection, UUID jobId, ApplicationStatus from, ApplicationStatus to, ChangeSource source) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE applications SET status = ?, updated_at = now() WHERE job_id = ?")) {
            statement.setString(1, to.name());
            statement.setObject(2, jobId);
            statement.executeUpdate();
        }
        timeline(connection, jobId, from, to, source);
    }

    /** Bumps updated_at after a change to notes, contacts, interviews or reminders. */
    void touch(Connection connection, UUID jobId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE applications SET updated_at = now() WHERE job_id = ?")) {
            statement.setObject(1, jobId);
            statement.executeUpdate();
        }
    }

    private static void timeline(Connection connection, UUID jobId, ApplicationStatus from, ApplicationStatus to, ChangeSource source) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO application_timeline (job_id, from_status, to_status, source) VALUES (?, ?, ?, ?)")) {
            statement.setObject(1, jobId);
            statement.setString(2, from == null ? null : from.name());
            statement.setString(3, to.name());
            statement.setString(4, source.name());
            statement.executeUpdate();
        }
    }
}
