package dev.applypilot.server.matching;

import dev.applypilot.server.jobs.JobStore;
import dev.applypilot.server.jobs.SavedJob;
import dev.applypilot.shared.job.CanonicalUrls;
import dev.applypilot.shared.job.VendorJobIds;
import dev.applypilot.shared.job.VendorJobRef;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /**
     * The saved job for a page URL, by the same rules as {@code GET /api/v1/jobs/lookup}: canonical URL, the URL it
     * was saved from, or the ATS job id in the URL.
     */
    Optional<SavedJob> byUrl(Connection connection, UUID userId, String url) throws SQLException {
        String canonical = CanonicalUrls.normalise(url);
        Optional<VendorJobRef> ref = VendorJobIds.detect(canonical).filter(r -> r.jobId() != null);
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + JobStore.COLUMNS
                + " FROM jobs j WHERE j.user_id = ? AND (j.canonical_url = ? OR j.source_url = ? "
                + "OR (j.ats_vendor = ? AND j.vendor_job_id = ?)) ORDER BY j.created_at LIMIT 1")) {
            statement.setObject(1, userId);
            statement.setString(2, canonical);
            statement.setString(3, url);
            if (ref.isPresent()) {
                statement.setString(4, ref.get().vendor().name());
                statement.setString(5, ref.get().jobId());
            } else {
                statement.setNull(4, Types.VARCHAR);
                statement.setNull(5, Types.VARCHAR);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(JobStore.read(rows)) : Optional.empty();
            }
        }
    }
}
