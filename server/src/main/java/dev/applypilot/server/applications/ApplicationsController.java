package dev.applypilot.server.applications;

import dev.applypilot.server.jobs.Json;
import dev.applypilot.server.platform.ApiException;
import dev.applypilot.shared.json.JsonParseException;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** The application of each saved job (path id = the job's id): status, notes, contacts, interviews, reminders, receipt. */
@Controller("/api/v1/applications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ApplicationsController {
    private final ApplicationService service;
    private final TrackerQueries queries;

    ApplicationsController(ApplicationService service, TrackerQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @Get(value = "/stats", produces = MediaType.APPLICATION_JSON)
    String stats(Authentication authentication) {
        return queries.stats(userId(authentication)).toJson();
    }

    @Get(value = "/export.csv", produces = "text/csv")
    HttpResponse<String> export(@Nullable @QueryValue String status, @Nullable @QueryValue String company, @Nullable @QueryValue String q,
                                @Nullable @QueryValue String sort, Authentication authentication) {
        String csv = queries.csv(userId(authentication), new TrackerQueries.Filter(status, company, q, sort, null, null));
        return HttpResponse.ok(csv).contentType(MediaType.of("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"applications.csv\"");
    }

    /** Open reminders due by {@code until} (default now). */
    @Get(value = "/reminders/due", produces = MediaType.APPLICATION_JSON)
    String dueReminders(@Nullable @QueryValue String until, Authentication authentication) {
        Instant by;
        try {
            by = until == null ? Instant.now() : Instant.parse(until);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("until", "until must be an ISO-8601 instant.", "For example 2026-01-31T00:00:00Z.");
        }
        return Json.object("items", service.dueReminders(userId(authentication), by)).toJson();
    }

    @Get(value = "/{jobId}", produces = MediaType.APPLICATION_JSON)
    String detail(@PathVariable String jobId, Authentication authentication) {
        return service.detail(userId(authentication), id(jobId, "The job")).toJson();
    }

    @Patch(value = "/{jobId}/status", produces = MediaType.APPLICATION_JSON)
    String status(@PathVariable String jobId, @Body @Valid Requests.StatusChange body, Authentication authentication) {
        return service.changeStatus(userId(authentication), body.clientId(), id(jobId, "The job"), body.status(),
                ChangeSource.parse(body.source())).body().toJson();
    }

    @Put(value = "/{jobId}/notes", produces = MediaType.APPLICATION_JSON)
    String notes(@PathVariable String jobId, @Body @Valid Requests.Notes body, Authentication authentication) {
        return service.setNotes(userId(authentication), id(jobId, "The job"), body.notes()).toJson();
    }

    @Post(value = "/{jobId}/contacts", produces = MediaType.APPLICATION_JSON)
    HttpResponse<String> contact(@PathVariable String jobId, @Body @Valid Requests.Contact body, Authentication authentication) {
        return created(service.addContact(userId(authentication), id(jobId, "The job"), body).toJson());
    }

    @Post(value = "/{jobId}/interviews", produces = MediaType.APPLICATION_JSON)
    HttpResponse<String> interview(@PathVariable String jobId, @Body @Valid Requests.Interview body, Authentication authentication) {
        return created(service.addInterview(userId(authentication), id(jobId, "The job"), body).toJson());
    }

    @Patch(value = "/{jobId}/interviews/{interviewId}", produces = MediaType.APPLICATION_JSON)
    String outcome(@PathVariable String jobId, @PathVariable String interviewId, @Body @Valid Requests.Outcome body, Authentication authentication) {
        return service.setOutcome(userId(authentication), id(jobId, "The job"), id(interviewId, "The interview"), body.outcome()).toJson();
    }

    @Get(value = "/{jobId}/interviews/{interviewId}/calendar.ics", produces = "text/calendar")
    HttpResponse<String> calendar(@PathVariable String jobId, @PathVariable String interviewId, Authentication authentication) {
        String ics = service.interviewIcs(userId(authentication), id(jobId, "The job"), id(interviewId, "The interview"));
        return HttpResponse.ok(ics).contentType(MediaType.of("text/calendar; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"interview.ics\"");
    }

    @Post(value = "/{jobId}/reminders", produces = MediaType.APPLICATION_JSON)
    HttpResponse<String> reminder(@PathVariable String jobId, @Body @Valid Requests.Reminder body, Authentication authentication) {
        return created(service.addReminder(userId(authentication), id(jobId, "The job"), body).toJson());
    }

    @Post(value = "/{jobId}/reminders/{reminderId}/done", produces = MediaType.APPLICATION_JSON)
    String reminderDone(@PathVariable String jobId, @PathVariable String reminderId, Authentication authentication) {
        return service.completeReminder(userId(authentication), id(jobId, "The job"), id(reminderId, "The reminder")).toJson();
    }

    /** {"fieldAnswers", "resumeVersionId"?, "coverLetter"?} → 201; the receipt can never be changed afterwards. */
    @Post(value = "/{jobId}/receipt", produces = MediaType.APPLICATION_JSON)
    HttpResponse<String> createReceipt(@PathVariable String jobId, @Body String body, Authentication authentication) {
        JsonValue json;
        try {
            json = JsonParser.parse(body == null ? "" : body);
        } catch (JsonParseException e) {
            throw ApiException.invalid("body", "The body is not valid JSON: " + e.getMessage(), "Send a JSON object.");
        }
        return created(service.createReceipt(userId(authentication), id(jobId, "The job"), json).toJson());
    }

    @Get(value = "/{jobId}/receipt", produces = MediaType.APPLICATION_JSON)
    String receipt(@PathVariable String jobId, Authentication authentication) {
        return service.receipt(userId(authentication), id(jobId, "The job")).toJson();
    }

    private static HttpResponse<String> created(String json) {
        return HttpResponse.<String>status(HttpStatus.CREATED).body(json).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** A malformed id cannot exist, so it answers 404 like a missing or foreign one. */
    static UUID id(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(what);
        }
    }

    private static UUID userId(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }
}
