package dev.applypilot.server.applications;

import dev.applypilot.server.jobs.JobStore;
import dev.applypilot.server.jobs.Json;
import dev.applypilot.server.jobs.SavedJob;
import dev.applypilot.server.platform.ApiException;
import dev.applypilot.server.sync.Transactions;
import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonValue;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Read-side of the tracker: the filtered, paged list of saved jobs with their status, stats and CSV export. */
@Singleton
public class TrackerQueries {
    static final int MAX_LIMIT = 100;
    private static final int EXPORT_LIMIT = 10_000;

    private final Transactions transactions;

    TrackerQueries(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Filter and paging as given in the query string; validated by {@link #list}. */
    public record Filter(String status, String company, String q, String sort, Integer limit, String cursor) {
    }

    private record Row(SavedJob job, String status, String notes, Instant updatedAt, String lowerCompany) {
        ListCursor cursor(String sort) {
            return switch (sort) {
                case "updated" -> new ListCursor(sort, updatedAt, job.id(), null);
                case "created" -> new ListCursor(sort, job.savedAt(), job.id(), null);
                default -> new ListCursor(sort, job.savedAt(), job.id(), lowerCompany);
            };
        }
    }

    /**
     * {"items": [{"job", "status", "notes", "updatedAt"}], "nextCursor"}. Items carry the job without its description
     * and raw JSON-LD ({@code GET /api/v1/jobs/{id}} has them); the cursor is a keyset position ({@link ListCursor}).
     */
    public JsonObject list(UUID userId, Filter filter) {
        int limit = filter.limit() == null ? 20 : filter.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalid("limit", "limit must be between 1 and " + MAX_LIMIT + ".", "Page through longer lists with nextCursor.");
        }
        String sort = sort(filter.sort());
        ListCursor after = filter.cursor() == null || filter.cursor().isBlank() ? null : ListCursor.decode(filter.cursor(), sort);
        List<Row> rows = query(userId, filter, sort, after, limit + 1);
        List<JsonValue> items = new ArrayList<>();
        rows.stream().limit(limit).forEach(row -> items.add(Json.object("job", row.job().toJson(), "status", row.status(),
                "notes", row.notes(), "updatedAt", row.updatedAt())));
        return Json.object("items", items, "nextCursor", rows.size() > limit ? rows.get(limit - 1).cursor(sort).encode() : null);
    }

    /** Counts per status, saves and first applications per ISO week, and the share of sent applications answered. */
    public JsonObject stats(UUID userId) {
        return transactions.read(connection -> {
            Map<String, Object> byStatus = new LinkedHashMap<>();
            for (ApplicationStatus status : ApplicationStatus.values()) {
                byStatus.put(status.name(), 0L);
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT status, count(*) FROM applications WHERE user_id = ? GROUP BY status")) {
                statement.setObject(1, userId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        byStatus.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            String week = "to_char(%s AT TIME ZONE 'UTC', 'IYYY-\"W\"IW')";
            List<JsonValue> saved = weeks(connection, "SELECT " + week.formatted("created_at") + " AS w, count(*) FROM applications "
                    + "WHERE user_id = ? GROUP BY w ORDER BY w", userId);
            List<JsonValue> applied = weeks(connection, "SELECT " + week.formatted("first_at") + " AS w, count(*) FROM (SELECT min(t.at) AS first_at "
                    + "FROM application_timeline t JOIN applications a ON a.job_id = t.job_id WHERE a.user_id = ? AND t.to_status = 'APPLIED' "
                    + "GROUP BY t.job_id) f GROUP BY w ORDER BY w", userId);
            long sent;
            long answered;
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FILTER (WHERE sent), count(*) FILTER (WHERE sent AND answered) "
                    + "FROM (SELECT bool_or(t.to_status = ANY (?)) AS sent, bool_or(t.to_status = ANY (?)) AS answered "
                    + "FROM application_timeline t JOIN applications a ON a.job_id = t.job_id WHERE a.user_id = ? GROUP BY t.job_id) s")) {
                statement.setArray(1, connection.createArrayOf("text", names(ApplicationStatus.SENT)));
                statement.setArray(2, connection.createArrayOf("text", names(ApplicationStatus.RESPONSES)));
                statement.setObject(3, userId);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    sent = rows.getLong(1);
                    answered = rows.getLong(2);
                }
            }
            return Json.object("byStatus", byStatus, "savedPerWeek", saved, "appliedPerWeek", applied, "applied", sent,
                    "responded", answered, "responseRate", sent == 0 ? null : (double) answered / sent);
        });
    }

    /** All matching applications as CSV (RFC 4180 via commons-csv), newest change first. */
    public String csv(UUID userId, Filter filter) {
        List<Row> rows = query(userId, filter, sort(filter.sort()), null, EXPORT_LIMIT);
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("job_id", "title", "company", "locations", "remote_type", "employment_type",
                "salary_min", "salary_max", "salary_currency", "salary_period", "status", "source_url", "saved_at", "updated_at", "notes").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Row row : rows) {
                var p = row.job().posting();
                var salary = p.salary();
                printer.printRecord(row.job().id(), cell(p.title()), cell(p.company()), cell(String.join("; ", p.locations())), p.remoteType(),
                        cell(p.employmentType()), salary == null ? null : salary.min(), salary == null ? null : salary.max(),
                        salary == null ? null : cell(salary.currency()), salary == null ? null : salary.period(), row.status(),
                        cell(p.sourceUrl()), row.job().savedAt(), row.updatedAt(), cell(row.notes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Spreadsheets run cells starting with = + - @ as formulas; job pages are untrusted, so such text gets a leading quote. */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }

    private static String sort(String sort) {
        String chosen = sort == null || sort.isBlank() ? "updated" : sort;
        if (!List.of("updated", "created", "company").contains(chosen)) {
            throw ApiException.invalid("sort", "Unknown sort \"" + sort + "\".", "Use updated, created or company.");
        }
        return chosen;
    }

    /**
     * Both user-id conditions are the same fact (an application belongs to its job's user); stating both lets the
     * planner walk either table's per-user index in sort order and stop after {@code limit} rows.
     */
    private List<Row> query(UUID userId, Filter filter, String sort, ListCursor after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + JobStore.SUMMARY_COLUMNS + ", a.status, a.notes, a.updated_at, lower(j.company) "
                + "FROM jobs j JOIN applications a ON a.job_id = j.id WHERE j.user_id = ? AND a.user_id = ?");
        List<Object> parameters = new ArrayList<>();
        parameters.add(userId);
        parameters.add(userId);
        if (filter.status() != null && !filter.status().isBlank()) {
            sql.append(" AND a.status = ?");
            parameters.add(ApplicationStatus.parse("status", filter.status()).name());
        }
        if (filter.company() != null && !filter.company().isBlank()) {
            sql.append(" AND j.company ILIKE ? ESCAPE '\\'");
            parameters.add("%" + likeEscape(filter.company().trim()) + "%");
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            // Full-text over title, company, description and notes; ILIKE catches partial words in title/company.
            sql.append(" AND (to_tsvector('simple', coalesce(j.title, '') || ' ' || coalesce(j.company, '') || ' ' || coalesce(j.description_text, '') "
                    + "|| ' ' || a.notes) @@ websearch_to_tsquery('simple', ?) OR j.title ILIKE ? ESCAPE '\\' OR j.company ILIKE ? ESCAPE '\\')");
            String like = "%" + likeEscape(filter.q().trim()) + "%";
            parameters.add(filter.q().trim());
            parameters.add(like);
            parameters.add(like);
        }
        if (after != null) {
            OffsetDateTime at = OffsetDateTime.ofInstant(after.at(), ZoneOffset.UTC);
            switch (sort) {
                case "updated" -> {
                    sql.append(" AND (a.updated_at, a.job_id) < (?, ?)");
                    parameters.addAll(List.of(at, after.id()));
                }
                case "created" -> {
                    sql.append(" AND (j.created_at, j.id) < (?, ?)");
                    parameters.addAll(List.of(at, after.id()));
                }
                default -> {
                    // Companies ascending with the jobs without one last, then newest first within a company.
                    if (after.company() == null) {
                        sql.append(" AND j.company IS NULL AND (j.created_at, j.id) < (?, ?)");
                        parameters.addAll(List.of(at, after.id()));
                    } else {
                        sql.append(" AND (lower(j.company) > ? OR j.company IS NULL OR (lower(j.company) = ? AND (j.created_at, j.id) < (?, ?)))");
                        parameters.addAll(List.of(after.company(), after.company(), at, after.id()));
                    }
                }
            }
        }
        sql.append(switch (sort) {
            case "updated" -> " ORDER BY a.updated_at DESC, a.job_id DESC";
            case "created" -> " ORDER BY j.created_at DESC, j.id DESC";
            default -> " ORDER BY lower(j.company) ASC NULLS LAST, j.created_at DESC, j.id DESC";
        });
        sql.append(" LIMIT ?");
        parameters.add(limit);
        return transactions.read(connection -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(new Row(JobStore.read(result), result.getString(22), result.getString(23), result.getTimestamp(24).toInstant(),
                                result.getString(25)));
                    }
                }
            }
            return rows;
        });
    }

    private static List<JsonValue> weeks(java.sql.Connection connection, String sql, UUID userId) throws java.sql.SQLException {
        List<JsonValue> out = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, userId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    out.add(Json.object("week", rows.getString(1), "count", rows.getLong(2)));
                }
            }
        }
        return out;
    }

    private static String[] names(java.util.Set<ApplicationStatus> statuses) {
        return statuses.stream().map(Enum::name).toArray(String[]::new);
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
