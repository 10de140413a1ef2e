package dev.applypilot.server.applications;

import dev.applypilot.server.jobs.Json;
import dev.applypilot.server.jobs.JobStore;
import dev.applypilot.server.jobs.SavedJob;
import dev.applypilot.server.platform.ApiException;
import dev.applypilot.server.sync.ClientWrites;
import dev.applypilot.server.sync.EventLog;
import dev.applypilot.server.sync.Transactions;
import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonValue;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Changes to one application (status, notes, contacts, interviews, reminders, receipt) and its detail view. */
@Singleton
public class ApplicationService {
    static final String OP_STATUS = "application.status";

    private final Transactions transactions;
    private final ApplicationStore applications;
    private final JobStore jobs;
    private final ClientWrites clientWrites;
    private final EventLog events;

    ApplicationService(Transactions transactions, ApplicationStore applications, JobStore jobs, ClientWrites clientWrites, EventLog events) {
        this.transactions = transactions;
        this.applications = applications;
        this.jobs = jobs;
        this.clientWrites = clientWrites;
        this.events = events;
    }

    /** @param replayed the clientId was seen before and {@code body} is the first attempt's result */
    public record StatusResult(JsonObject body, boolean replayed) {
    }

    /** Moves the application to {@code status}; a repeated {@code clientId} returns the first result. */
    public StatusResult changeStatus(UUID userId, String clientId, UUID jobId, String status, ChangeSource source) {
        ApplicationStatus to = ApplicationStatus.parse("status", status);
        return transactions.write(connection -> {
            if (clientId != null) {
                Optional<String> first = clientWrites.claim(connection, userId, clientId, OP_STATUS);
                if (first.isPresent()) {
                    return new StatusResult((JsonObject) JsonParser.parse(first.get()), true);
                }
            }
            ApplicationStatus from = applications.status(connection, userId, jobId, true).orElseThrow(() -> ApiException.notFound("The job"));
            if (from != to) {
                applications.setStatus(connection, jobId, from, to, source);
                events.append(userId, "application.status",
                        Json.object("jobId", jobId, "status", to, "previousStatus", from, "source", source).toJson());
            }
            JsonObject body = Json.object("jobId", jobId, "status", to, "previousStatus", from);
            if (clientId != null) {
                clientWrites.complete(connection, userId, clientId, body.toJson());
            }
            return new StatusResult(body, false);
        });
    }

    public JsonObject detail(UUID userId, UUID jobId) {
        return transactions.read(connection -> {
            SavedJob job = jobs.find(connection, userId, jobId).orElseThrow(() -> ApiException.notFound("The job"));
            JsonObject application;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT status, notes, created_at, updated_at FROM applications WHERE job_id = ?")) {
                statement.setObject(1, jobId);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    application = Json.object("status", rows.getString(1), "notes", rows.getString(2),
                            "createdAt", instant(rows, 3), "updatedAt", instant(rows, 4));
                }
            }
            return Json.with(application, "job", job.toJson(),
                    "timeline", list(connection, "SELECT from_status, to_status, source, at FROM application_timeline WHERE job_id = ? ORDER BY id", jobId,
                            rows -> Json.object("from", rows.getString(1), "to", rows.getString(2), "source", rows.getString(3), "at", instant(rows, 4))),
                    "contacts", list(connection, "SELECT id, name, role, email, phone FROM application_contacts WHERE job_id = ? ORDER BY created_at", jobId,
                            rows -> Json.object("id", rows.getString(1), "name", rows.getString(2), "role", rows.getString(3),
                                    "email", rows.getString(4), "phone", rows.getString(5))),
                    "interviews", list(connection, "SELECT id, starts_at, duration_minutes, kind, interviewer, location, outcome FROM interviews WHERE job_id = ? ORDER BY starts_at", jobId,
                            ApplicationService::interviewJson),
                    "reminders", list(connection, "SELECT id, due_at, note, done_at FROM reminders WHERE job_id = ? ORDER BY due_at", jobId,
                            ApplicationService::reminderJson),
                    "receipt", receipt(connection, jobId).orElse(null));
        });
    }

    public JsonObject setNotes(UUID userId, UUID jobId, String notes) {
        return change(userId, jobId, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE applications SET notes = ? WHERE job_id = ?")) {
                statement.setString(1, notes);
                statement.setObject(2, jobId);
                statement.executeUpdate();
            }
            return Json.object("jobId", jobId, "notes", notes);
        });
    }

    public JsonObject addContact(UUID userId, UUID jobId, Requests.Contact contact) {
        return change(userId, jobId, connection -> {
            UUID id = UUID.randomUUID();
            update(connection, "INSERT INTO application_contacts (id, job_id, name, role, email, phone) VALUES (?, ?, ?, ?, ?, ?)",
                    id, jobId, contact.name(), contact.role(), contact.email(), contact.phone());
            return Json.object("id", id, "name", contact.name(), "role", contact.role(), "email", contact.email(), "phone", contact.phone());
        });
    }

    public JsonObject addInterview(UUID userId, UUID jobId, Requests.Interview interview) {
        return change(userId, jobId, connection -> {
            UUID id = UUID.randomUUID();
            int minutes = interview.durationMinutes() == null ? 60 : interview.durationMinutes();
            update(connection, "INSERT INTO interviews (id, job_id, starts_at, duration_minutes, kind, interviewer, location) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    id, jobId, Timestamp.from(interview.startsAt()), minutes, interview.type(), interview.interviewer(), interview.location());
            return Json.object("id", id, "startsAt", interview.startsAt(), "durationMinutes", minutes, "type", interview.type(),
                    "interviewer", interview.interviewer(), "location", interview.location(), "outcome", null);
        });
    }

    public JsonObject setOutcome(UUID userId, UUID jobId, UUID interviewId, String outcome) {
        return change(userId, jobId, connection -> {
            if (update(connection, "UPDATE interviews SET outcome = ? WHERE id = ? AND job_id = ?", outcome, interviewId, jobId) == 0) {
                throw ApiException.notFound("The interview");
            }
            return Json.object("id", interviewId, "outcome", outcome);
        });
    }

    /** The interview as an iCalendar file. */
    public String interviewIcs(UUID userId, UUID jobId, UUID interviewId) {
        return transactions.read(connection -> {
            SavedJob job = jobs.find(connection, userId, jobId).orElseThrow(() -> ApiException.notFound("The job"));
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT starts_at, duration_minutes, kind, interviewer, location FROM interviews WHERE id = ? AND job_id = ?")) {
                statement.setObject(1, interviewId);
                statement.setObject(2, jobId);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        throw ApiException.notFound("The interview");
                    }
                    Instant start = rows.getTimestamp(1).toInstant();
                    String company = job.posting().company() == null ? "" : " at " + job.posting().company();
                    String interviewer = rows.getString(4);
                    String description = job.posting().title() + company
                            + (interviewer == null ? "" : "\nInterviewer: " + interviewer)
                            + (job.posting().sourceUrl() == null ? "" : "\n" + job.posting().sourceUrl());
                    return IcsCalendar.event(interviewId + "@applypilot", Instant.now(), start, start.plus(Duration.ofMinutes(rows.getInt(2))),
                            rows.getString(3) + " interview: " + job.posting().title() + company, description, rows.getString(5));
                }
            }
        });
    }

    public JsonObject addReminder(UUID userId, UUID jobId, Requests.Reminder reminder) {
        return change(userId, jobId, connection -> {
            UUID id = UUID.randomUUID();
            String note = reminder.note() == null ? "" : reminder.note();
            update(connection, "INSERT INTO reminders (id, job_id, user_id, due_at, note) VALUES (?, ?, ?, ?, ?)",
                    id, jobId, userId, Timestamp.from(reminder.dueAt()), note);
            return Json.object("id", id, "dueAt", reminder.dueAt(), "note", note, "doneAt", null);
        });
    }

    public JsonObject completeReminder(UUID userId, UUID jobId, UUID reminderId) {
        return change(userId, jobId, connection -> {
            if (update(connection, "UPDATE reminders SET done_at = coalesce(done_at, now()) WHERE id = ? AND job_id = ?", reminderId, jobId) == 0) {
                throw ApiException.notFound("The reminder");
            }
            return Json.object("id", reminderId, "done", true);
        });
    }

    /** Open reminders due by {@code until}, soonest first, with their job's title and company. */
    public List<JsonValue> dueReminders(UUID userId, Instant until) {
        return transactions.read(connection -> {
            List<JsonValue> out = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT r.id, r.due_at, r.note, r.done_at, r.job_id, j.title, j.company "
                    + "FROM reminders r JOIN jobs j ON j.id = r.job_id WHERE r.user_id = ? AND r.done_at IS NULL AND r.due_at <= ? ORDER BY r.due_at LIMIT 500")) {
                statement.setObject(1, userId);
                statement.setTimestamp(2, Timestamp.from(until));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        out.add(Json.with(reminderJson(rows), "jobId", rows.getString(5), "title", rows.getString(6), "company", rows.getString(7)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Stores what was sent with the application. A job has one receipt and it can never change: there is no update
     * path here and the table's trigger refuses UPDATEs.
     *
     * @param body {"fieldAnswers": object or array, "resumeVersionId"?, "coverLetter"?}
     */
    public JsonObject createReceipt(UUID userId, UUID jobId, JsonValue body) {
        JsonValue answers = body.get("fieldAnswers");
        if (answers.members().isEmpty() && !(answers instanceof dev.applypilot.shared.json.JsonArray)) {
            throw ApiException.invalid("fieldAnswers", "fieldAnswers must be an object or array of the answers sent.",
                    "Send the form's field answers, e.g. {\"fieldAnswers\": {\"email\": \"...\"}}.");
        }
        String resumeVersionId = body.get("resumeVersionId").text().orElse(null);
        String coverLetter = body.get("coverLetter").text().orElse(null);
        return change(userId, jobId, connection -> {
            if (receipt(connection, jobId).isPresent()) {
                throw new ApiException(HttpStatus.CONFLICT, "receipt_exists", "This application already has a receipt.",
                        "Receipts are a permanent record of what was sent and cannot be replaced.");
            }
            SavedJob job = jobs.find(connection, userId, jobId).orElseThrow();
            update(connection, "INSERT INTO application_receipts (id, job_id, field_answers, resume_version_id, cover_letter, job_description) "
                            + "VALUES (?, ?, ?::jsonb, ?, ?, ?)", UUID.randomUUID(), jobId, answers.toJson(), resumeVersionId, coverLetter,
                    job.posting().descriptionText());
            return receipt(connection, jobId).orElseThrow();
        });
    }

    public JsonObject receipt(UUID userId, UUID jobId) {
        return transactions.read(connection -> {
            jobs.find(connection, userId, jobId).orElseThrow(() -> ApiException.notFound("The job"));
            return receipt(connection, jobId).orElseThrow(() -> ApiException.notFound("The receipt"));
        });
    }

    private Optional<JsonObject> receipt(Connection connection, UUID jobId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, field_answers::text, resume_version_id, cover_letter, "
                + "job_description, created_at FROM application_receipts WHERE job_id = ?")) {
            statement.setObject(1, jobId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(Json.object("id", rows.getString(1), "jobId", jobId, "fieldAnswers", JsonParser.parse(rows.getString(2)),
                        "resumeVersionId", rows.getString(3), "coverLetter", rows.getString(4), "jobDescription", rows.getString(5),
                        "createdAt", instant(rows, 6)));
            }
        }
    }

    /** Runs a change to the user's application (404 for anyone else's), bumps updated_at and tells the user's clients. */
    private JsonObject change(UUID userId, UUID jobId, Transactions.Work<JsonObject> work) {
        return transactions.write(connection -> {
            applications.status(connection, userId, jobId, true).orElseThrow(() -> ApiException.notFound("The job"));
            JsonObject result = work.run(connection);
            applications.touch(connection, jobId);
            events.append(userId, "application.updated", Json.object("jobId", jobId).toJson());
            return result;
        });
    }

    private static JsonObject interviewJson(ResultSet rows) throws SQLException {
        return Json.object("id", rows.getString(1), "startsAt", instant(rows, 2), "durationMinutes", rows.getInt(3), "type", rows.getString(4),
                "interviewer", rows.getString(5), "location", rows.getString(6), "outcome", rows.getString(7));
    }

    private static JsonObject reminderJson(ResultSet rows) throws SQLException {
        return Json.object("id", rows.getString(1), "dueAt", instant(rows, 2), "note", rows.getString(3), "doneAt", instant(rows, 4));
    }

    static Instant instant(ResultSet rows, int column) throws SQLException {
        Timestamp timestamp = rows.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    @FunctionalInterface
    interface RowMapper {
        JsonValue map(ResultSet rows) throws SQLException;
    }

    static List<JsonValue> list(Connection connection, String sql, UUID jobId, RowMapper mapper) throws SQLException {
        List<JsonValue> out = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, jobId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    out.add(mapper.map(rows));
                }
            }
        }
        return out;
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == null) {
                    statement.setNull(i + 1, java.sql.Types.NULL);
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            return statement.executeUpdate();
        }
    }
}
