package dev.applypilot.server.dashboard;

import dev.applypilot.server.applications.TrackerQueries;
import dev.applypilot.server.sync.Transactions;
import dev.applypilot.shared.json.JsonArray;
import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Stats: applications per week, the funnel by status and the response rate per resume version (Chart.js + tables). */
@Controller("/app/stats")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class StatsController {
    private final TrackerQueries queries;
    private final Transactions transactions;

    StatsController(TrackerQueries queries, Transactions transactions) {
        this.queries = queries;
        this.transactions = transactions;
    }

    @Get
    HttpResponse<?> stats(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        UUID userId = Pages.user(authentication);
        JsonObject stats = queries.stats(userId);
        List<JsonValue> byResume = responseRateByResume(userId);
        Map<String, JsonValue> all = new LinkedHashMap<>(stats.members());
        all.put("byResumeVersion", new JsonArray(byResume));
        JsonObject json = new JsonObject(all);
        Map<String, Object> model = Pages.model(request, authentication, "Stats", "stats");
        model.put("stats", JsonViews.map(json));
        // The chart script reads the numbers from a data attribute (no inline script under the CSP).
        model.put("statsJson", json.toJson());
        return Pages.page("stats", model);
    }

    /** Sent applications and answered ones per resume version named in their receipts ("none" without a receipt version). */
    private List<JsonValue> responseRateByResume(UUID userId) {
        return transactions.read(connection -> {
            List<JsonValue> out = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT json_build_object('resumeVersion', coalesce(r.resume_version_id::text, 'none'), "
                    + "'applied', count(*), 'responded', count(*) FILTER (WHERE a.status IN ('INTERVIEW_SCHEDULED','INTERVIEW_COMPLETED','OFFER_RECEIVED','REJECTED','ACCEPTED')))::text "
                    + "FROM applications a LEFT JOIN application_receipts r ON r.job_id = a.job_id WHERE a.user_id = ? AND a.status <> 'INTERESTED' "
                    + "AND a.status <> 'WITHDRAWN' GROUP BY coalesce(r.resume_version_id::text, 'none') ORDER BY 1")) {
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
