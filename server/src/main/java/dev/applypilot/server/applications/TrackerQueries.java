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

    private record Row(SavedJob job, String status, String notes, java.time.Instant updatedAt) {
    }

    /** {"items": [{"job", "status", "notes", "updatedAt"}], "nextCursor"}; the cursor is an opaque offset. */
    public JsonObject list(UUID userId, Filter filter) {
        int limit = filter.limit() == null ? 20 : filter.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalid("limit", "limit must be between 1 and " + MAX_LIMIT + ".", "Page through longer lists with nextCursor.");
        }
        int offset = offset(filter.cursor());
        List<Row> rows = query(userId, filter, limit + 1, offset);
        List<JsonValue> items = new ArrayList<>();
        rows.stream().limit(limit).forEach(row -> items.add(Json.object("job", row.job().toJson(), "status", row.status(),
                "notes", row.notes(), "updatedAt", row.updatedAt())));
        return Json.object("items", items, "nextCursor", rows.size() > limit ? Integer.toString(offset + limit) : null);
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
        List<Row> rows = query(userId, filter, EXPORT_LIMIT, 0);
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

    private List<Row> query(UUID userId, Filter filter, int limit, int offset) {
        StringBuilder sql = new StringBuilder("SELECT " + JobStore.COLUMNS + ", a.status, a.notes, a.updated_at FROM jobs j "
                + "JOIN applications a ON a.job_id = j.id WHERE j.user_id = ?");
        List<Object> parameters = new ArrayList<>();
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
        sql.append(switch (filter.sort() == null || filter.sort().isBlank() ? "updated" : filter.sort()) {
            case "updated" -> " ORDER BY a.updated_at DESC, j.id";
            case "created" -> " ORDER BY j.created_at DESC, j.id";
            case "company" -> " ORDER BY lower(j.company) ASC NULLS LAST, j.created_at DESC, j.id";
            default -> throw ApiException.invalid("sort", "Unknown sort \"" + filter.sort() + "\".", "Use updated, created or company.");
        });
        sql.append(" LIMIT ? OFFSET ?");
        parameters.add(limit);
        parameters.add(offset);
        return transactions.read(connection -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(new Row(JobStore.read(result), result.getString(22), result.getString(23), result.getTimestamp(24).toInstant()));
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

    private static int offset(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(cursor);
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid("cursor", "The cursor is not valid.", "Pass nextCursor from the previous page unchanged.");
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
