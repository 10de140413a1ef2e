package dev.applypilot.server.jobs;

import dev.applypilot.shared.job.CanonicalUrls;
import dev.applypilot.shared.job.VendorJobIds;
import dev.applypilot.shared.job.VendorJobRef;

import dev.applypilot.shared.job.AtsVendor;
import dev.applypilot.shared.job.JobPosting;
import dev.applypilot.shared.job.RemoteType;
import dev.applypilot.shared.job.Salary;
import dev.applypilot.shared.job.SalaryPeriod;
import dev.applypilot.shared.json.JsonArray;
import dev.applypilot.shared.json.JsonParseException;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonString;
import dev.applypilot.shared.json.JsonValue;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** JDBC access to the jobs table. Every query is scoped by user id: another user's job does not exist. */
@Singleton
public class JobStore {
    /** Select list for {@link #read}; callers alias the jobs table as {@code j}. */
    public static final String COLUMNS = "j.id, j.title, j.company, j.locations::text, j.remote_type, j.employment_type, "
            + "j.salary_min, j.salary_max, j.salary_currency, j.salary_period, j.description_html, j.description_text, "
            + "j.source_url, j.canonical_url, j.ats_vendor, j.vendor_job_id, j.date_posted, j.valid_through, "
            + "j.structured_data::text, j.created_at, j.updated_at";
    /**
     * {@link #COLUMNS} with the large ones (description HTML and text, raw JSON-LD) read as absent: for lists, which
     * show none of them and would otherwise carry tens of kilobytes per job.
     */
    public static final String SUMMARY_COLUMNS = COLUMNS.replace("j.description_html, j.description_text", "NULL, NULL")
            .replace("j.structured_data::text", "NULL");

    public Optional<SavedJob> find(Connection connection, UUID userId, UUID jobId) throws SQLException {
        return one(connection, "SELECT " + COLUMNS + " FROM jobs j WHERE j.user_id = ? AND j.id = ?", userId, jobId);
    }

    /** The user's job matching any de-duplication rule, if any. */
    Optional<SavedJob> findDuplicate(Connection connection, UUID userId, JobPosting posting, String dedupKey) throws SQLException {
        return one(connection, "SELECT " + COLUMNS + " FROM jobs j WHERE j.user_id = ? AND (j.canonical_url = ? "
                        + "OR (j.ats_vendor = ? AND j.vendor_job_id = ?) OR j.dedup_key = ?) ORDER BY j.created_at LIMIT 1",
                userId, posting.canonicalUrl(), posting.atsVendor() == null ? null : posting.atsVendor().name(),
                posting.vendorJobId(), dedupKey);
    }

    /** The user's job for a page URL: by canonical URL, the URL it was saved from, or the ATS job id in the URL. */
    public Optional<SavedJob> findByPageUrl(Connection connection, UUID userId, String url) throws SQLException {
        String canonical = CanonicalUrls.normalise(url);
        Optional<VendorJobRef> ref = VendorJobIds.detect(canonical).filter(r -> r.jobId() != null);
        return one(connection, "SELECT " + COLUMNS + " FROM jobs j WHERE j.user_id = ? AND (j.canonical_url = ? "
                        + "OR j.source_url = ? OR (j.ats_vendor = ? AND j.vendor_job_id = ?)) ORDER BY j.created_at LIMIT 1",
                userId, canonical, url, ref.map(r -> r.vendor().name()).orElse(null), ref.map(VendorJobRef::jobId).orElse(null));
    }

    /**
     * Inserts the job unless it collides with one of the user's jobs on a de-duplication rule (the partial unique
     * indexes); a collision with a save still in flight waits for it to commit or roll back, as PostgreSQL does for
     * {@code ON CONFLICT}. Empty on a collision: the caller looks the winner up with {@link #findDuplicate}.
     */
    Optional<SavedJob> insert(Connection connection, UUID userId, JobPosting p, String dedupKey) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO jobs (id, user_id, title, company, locations, "
                + "remote_type, employment_type, salary_min, salary_max, salary_currency, salary_period, description_html, "
                + "description_text, source_url, canonical_url, ats_vendor, vendor_job_id, date_posted, valid_through, "
                + "structured_data, dedup_key) VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) "
                + "ON CONFLICT DO NOTHING RETURNING created_at")) {
            Salary salary = p.salary();
            List<JsonValue> locations = new ArrayList<>();
            p.locations().forEach(location -> locations.add(new JsonString(location)));
            bind(statement, id, userId, p.title(), p.company(), new JsonArray(locations).toJson(), p.remoteType().name(),
                    p.employmentType(), salary == null ? null : salary.min(), salary == null ? null : salary.max(),
                    salary == null ? null : salary.currency(),
                    salary == null || salary.period() == null ? null : salary.period().name(), p.descriptionHtml(),
                    p.descriptionText(), p.sourceUrl(), p.canonicalUrl(), p.atsVendor() == null ? null : p.atsVendor().name(),
                    p.vendorJobId(), p.datePosted(), p.validThrough(), structuredDataJson(p.structuredData()), dedupKey);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Instant created = rows.getTimestamp(1).toInstant();
                return Optional.of(new SavedJob(id, p, created, created));
            }
        }
    }

    /** Maps a row selected with {@link #COLUMNS} (starting at column 1). */
    public static SavedJob read(ResultSet rows) throws SQLException {
        List<String> locations = new ArrayList<>();
        JsonParser.parse(rows.getString(4)).elements().forEach(l -> l.text().ifPresent(locations::add));
        Double min = (Double) rows.getObject(7);
        Double max = (Double) rows.getObject(8);
        String currency = rows.getString(9);
        String period = rows.getString(10);
        Salary salary = min == null && max == null && currency == null ? null
                : new Salary(min, max, currency, period == null ? null : SalaryPeriod.valueOf(period));
        String vendor = rows.getString(15);
        JobPosting posting = new JobPosting(rows.getString(2), rows.getString(3), locations, RemoteType.valueOf(rows.getString(5)),
                rows.getString(6), salary, rows.getString(11), rows.getString(12), rows.getString(13), rows.getString(14),
                vendor == null ? null : AtsVendor.valueOf(vendor), rows.getString(16), rows.getString(17), rows.getString(18),
                structuredDataText(rows.getString(19)), Map.of());
        return new SavedJob(rows.getObject(1, UUID.class), posting, rows.getTimestamp(20).toInstant(), rows.getTimestamp(21).toInstant());
    }

    /** The raw JSON-LD is kept as jsonb when it parses; otherwise as a JSON string, so nothing is lost. */
    private static String structuredDataJson(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return JsonParser.parse(raw).toJson();
        } catch (JsonParseException e) {
            return new JsonString(raw).toJson();
        }
    }

    private static String structuredDataText(String stored) {
        if (stored == null) {
            return null;
        }
        JsonValue value = JsonParser.parse(stored);
        return value instanceof JsonString s ? s.value() : value.toJson();
    }

    private static Optional<SavedJob> one(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
