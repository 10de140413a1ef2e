package dev.applypilot.server.dashboard;

import dev.applypilot.server.applications.ApplicationService;
import dev.applypilot.server.applications.ApplicationStatus;
import dev.applypilot.server.applications.ChangeSource;
import dev.applypilot.server.applications.TrackerQueries;
import dev.applypilot.server.platform.ApiException;
import dev.applypilot.server.sync.EventLog;
import dev.applypilot.shared.json.JsonValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The tracker board (a column per status) and the job detail page. */
@FormCsrf
@Controller("/app")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class BoardController {
    private static final int BOARD_PAGES = 5;
    private final TrackerQueries queries;
    private final ApplicationService applications;
    private final EventLog events;
    private final JobPage jobPage;

    BoardController(TrackerQueries queries, ApplicationService applications, EventLog events, JobPage jobPage) {
        this.jobPage = jobPage;
        this.queries = queries;
        this.applications = applications;
        this.events = events;
    }

    @Get
    HttpResponse<?> board(@Nullable @QueryValue String q, @Nullable @QueryValue String company, @Nullable @QueryValue String status,
                          HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        UUID userId = Pages.user(authentication);
        Map<String, Object> model = Pages.model(request, authentication, "Board", "board");
        String statusFilter = status == null || status.isBlank() ? null : status;
        Map<String, List<Map<String, Object>>> columns = new LinkedHashMap<>();
        for (ApplicationStatus each : ApplicationStatus.values()) {
            columns.put(each.name(), new ArrayList<>());
        }
        // Read lastEventId first: an event landing while the list is read is then replayed, never missed.
        long lastEventId = events.lastId(userId);
        String cursor = null;
        int total = 0;
        try {
            for (int page = 0; page < BOARD_PAGES; page++) {
                var result = queries.list(userId, new TrackerQueries.Filter(statusFilter, company, q, "updated", 100, cursor));
                for (JsonValue item : result.get("items").elements()) {
                    Map<String, Object> card = JsonViews.map(item);
                    columns.get(String.valueOf(card.get("status"))).add(card);
                    total++;
                }
                cursor = result.get("nextCursor").text().orElse(null);
                if (cursor == null) {
                    break;
                }
            }
        } catch (ApiException e) {
            model.put("errors", Map.of("status", e.getMessage()));
        }
        model.put("columns", columns);
        model.put("total", total);
        model.put("statuses", ApplicationStatus.values());
        model.put("lastEventId", lastEventId);
        model.put("filtered", q != null && !q.isBlank() || company != null && !company.isBlank() || statusFilter != null);
        model.put("values", Map.of("q", q == null ? "" : q, "company", company == null ? "" : company, "status", statusFilter == null ? "" : statusFilter));
        return Pages.page("board", model);
    }

    /** Form fallback of drag-and-drop (and the keyboard path): the card's status menu. */
    @Post("/jobs/{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> status(@PathVariable String id, @Body Map<String, String> form, @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        UUID jobId = jobId(id);
        applications.changeStatus(Pages.user(authentication), null, jobId, Pages.field(form, "status"), ChangeSource.DASHBOARD);
        String back = Pages.field(form, "back");
        return Pages.redirect("detail".equals(back) ? "/app/jobs/" + jobId : "/app");
    }

    @Get("/jobs/{id}")
    HttpResponse<?> detail(@PathVariable String id, HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        Map<String, Object> model = jobPage.model(request, authentication, jobId(id), null);
        return Pages.page("job", model);
    }

    @Post("/jobs/{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> notes(@PathVariable String id, @Body Map<String, String> form, HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        String notes = form.getOrDefault("notes", "");
        if (notes.length() > 100_000) {
            throw ApiException.invalid("notes", "Notes can hold up to 100,000 characters.", "Shorten them.");
        }
        applications.setNotes(Pages.user(authentication), jobId(id), notes);
        return Pages.redirect("/app/jobs/" + jobId(id) + "#notes");
    }

    /** The current access token for the page's WebSocket ({@code new WebSocket(url, ["bearer", token])}). */
    @Get(value = "/session/token", produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> token(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED);
        }
        String token = request.getAttribute(SessionRefreshFilter.REFRESHED, dev.applypilot.server.auth.TokenPair.class)
                .map(dev.applypilot.server.auth.TokenPair::accessToken)
                .or(() -> SessionCookies.read(request, SessionCookies.ACCESS)).orElse("");
        return HttpResponse.ok(Map.of("accessToken", token)).header("Cache-Control", "no-store");
    }

    static UUID jobId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("The job");
        }
    }
}
