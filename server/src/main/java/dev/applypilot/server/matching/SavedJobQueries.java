package dev.applypilot.server.matching;

import dev.applypilot.server.jobs.JobStore;
import dev.applypilot.server.jobs.SavedJob;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads a user's saved jobs for matching, with the jobs feature's column list and row mapping; scoped by user id. */
@Singleton
class SavedJobQueries {

    List<SavedJob> all(Connection connection, UUID userId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + JobStore.COLUMNS + " FROM jobs j WHERE j.user_id = ? ORDER BY j.created_at, j.id")) {
            statement.setObject(1, userId);
            try (ResultSet rows = statement.executeQuery()) {
                List<SavedJob> jobs = new ArrayList<>();
                while (rows.next()) {
                    jobs.add(JobStore.read(rows));
                }
                return jobs;
            }
        }
    }
}
