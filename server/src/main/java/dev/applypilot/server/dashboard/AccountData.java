package dev.applypilot.server.dashboard;

import dev.applypilot.server.applications.ApplicationService;
import dev.applypilot.server.applications.TrackerQueries;
import dev.applypilot.server.auth.AccessTokenRevocation;
import dev.applypilot.server.auth.AccountResponse;
import dev.applypilot.server.auth.AuthService;
import dev.applypilot.server.answers.AnswerService;
import dev.applypilot.server.profile.ProfileService;
import dev.applypilot.server.resume.ResumeService;
import dev.applypilot.server.resume.ResumeView;
import dev.applypilot.server.resume.StoredFile;
import dev.applypilot.server.sync.Transactions;
import io.micronaut.json.JsonMapper;
import dev.applypilot.shared.json.JsonArray;
import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonString;
import dev.applypilot.shared.json.JsonValue;
import dev.applypilot.shared.json.JsonWriter;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** GDPR: everything stored about a user in one zip, and deleting the account with all of its data. */
@Singleton
class AccountData {
    private final AuthService auth;
    private final TrackerQueries queries;
    private final ApplicationService applications;
    private final Transactions transactions;
    private final AccessTokenRevocation revocation;
    private final ProfileService profiles;
    private final ResumeService resumes;
    private final AnswerService answers;
    private final JsonMapper json;

    AccountData(AuthService auth, TrackerQueries queries, ApplicationService applications, Transactions transactions,
                AccessTokenRevocation revocation, ProfileService profiles, ResumeService resumes, AnswerService answers, JsonMapper json) {
        this.profiles = profiles;
        this.resumes = resumes;
        this.answers = answers;
        this.json = json;
        this.auth = auth;
        this.queries = queries;
        this.applications = applications;
        this.transactions = transactions;
        this.revocation = revocation;
    }

    /**
     * A zip with export.json (account, jobs with their applications, audit events, mail preferences), profile.json,
     * answers.json, resumes.json (versions with their parse) and every uploaded resume file under resumes/.
     */
    byte[] exportZip(UUID userId) {
        AccountResponse account = auth.account(userId).orElseThrow();
        Map<String, JsonValue> export = new LinkedHashMap<>();
        export.put("format", new JsonString("applypilot-export/1"));
        export.put("account", JsonParser.parse("{\"id\":\"" + account.id() + "\",\"email\":" + JsonWriter.write(new JsonString(account.email()))
                + ",\"createdAt\":\"" + account.createdAt() + "\",\"emailVerified\":" + account.emailVerified() + "}"));
        export.put("applications", new JsonArray(jobs(userId)));
        export.put("securityEvents", new JsonArray(rows(userId, "SELECT json_build_object('event', event, 'ip', ip, 'at', created_at)::text "
                + "FROM audit_log WHERE user_id = ? ORDER BY id")));
        export.put("mailPreferences", new JsonArray(rows(userId, "SELECT json_build_object('weeklySummary', weekly_summary, "
                + "'followUpReminders', follow_up_reminders)::text FROM mail_preferences WHERE user_id = ?")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("export.json"));
            zip.write(new JsonObject(export).toJson().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            entry(zip, "profile.json", json.writeValueAsBytes(profiles.get(userId)));
            entry(zip, "answers.json", json.writeValueAsBytes(answers.list(userId)));
            List<ResumeView> versions = new ArrayList<>();
            for (ResumeView version : resumes.list(userId)) {
                versions.add(resumes.get(userId, version.id()));
                StoredFile file = resumes.file(userId, version.id());
                entry(zip, "resumes/" + version.id() + "-" + file.fileName().replaceAll("[^A-Za-z0-9._-]", "_"), file.content());
            }
            entry(zip, "resumes.json", json.writeValueAsBytes(versions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /**
     * Deletes the user row; every table holding the user's data references it with ON DELETE CASCADE. Audit entries
     * have no foreign key (they outlive the account) and lose their IP addresses; one "account_deleted" entry is kept.
     * Access tokens already handed out stop working at once.
     */
    void delete(UUID userId) {
        revocation.revokeAllOf(userId.toString());
        transactions.write(connection -> {
            try (PreparedStatement scrub = connection.prepareStatement("UPDATE audit_log SET ip = NULL WHERE user_id = ?");
                 PreparedStatement delete = connection.prepareStatement("DELETE FROM users WHERE id = ?");
                 PreparedStatement audit = connection.prepareStatement("INSERT INTO audit_log (user_id, event, ip) VALUES (?, 'account_deleted', NULL)")) {
                scrub.setObject(1, userId);
                scrub.executeUpdate();
                delete.setObject(1, userId);
                delete.executeUpdate();
                audit.setObject(1, userId);
                return audit.executeUpdate();
            }
        });
    }

    private List<JsonValue> jobs(UUID userId) {
        List<JsonValue> out = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = queries.list(userId, new TrackerQueries.Filter(null, null, null, "created", 100, cursor));
            for (JsonValue item : page.get("items").elements()) {
                UUID jobId = UUID.fromString(item.get("job").get("id").text().orElseThrow());
                out.add(applications.detail(userId, jobId));
            }
            cursor = page.get("nextCursor").text().orElse(null);
        } while (cursor != null);
        return out;
    }

    private List<JsonValue> rows(UUID userId, String sql) {
        return transactions.read(connection -> {
            List<JsonValue> out = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, userId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        out.add(JsonParser.parse(rows.getString(1)));
                    }
                }
            }
            return out;
        });
    }
}
