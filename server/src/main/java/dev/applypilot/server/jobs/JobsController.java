package dev.applypilot.server.jobs;

import dev.applypilot.server.applications.ApplicationStatus;
import dev.applypilot.server.applications.ApplicationStore;
import dev.applypilot.server.applications.ChangeSource;
import dev.applypilot.server.platform.ApiException;
import dev.applypilot.server.sync.Transactions;
import dev.applypilot.shared.job.JobPosting;
import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonParseException;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonValue;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.UUID;

/**
 * Saving, importing and looking up jobs. Bodies are read and written with the shared JSON codec, so the job object
 * is exactly {@code JobPostingJson}'s form (plus "id", "savedAt", "updatedAt").
 */
@Controller("/api/v1/jobs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class JobsController {
    private final JobService service;
    private final JobImporter importer;
    private final JobStore jobs;
    private final ApplicationStore applications;
    private final Transactions transactions;

    JobsController(JobService service, JobImporter importer, JobStore jobs, ApplicationStore applications, Transactions transactions) {
        this.service = service;
        this.importer = importer;
        this.jobs = jobs;
        this.applications = applications;
        this.transactions = transactions;
    }

    /** {"clientId", "job", "source"} → 201 new job, or 200 with "duplicate": true. */
    @Post(produces = MediaType.APPLICATION_JSON)
    HttpResponse<String> save(@Body String body, Authentication authentication) {
        JsonValue json = parse(body);
        return respond(service.saveFromJson(userId(authentication), json, null));
    }

    /** {"url"} → fetch the page, extract, save like {@link #save}. */
    @Post(value = "/import", produces = MediaType.APPLICATION_JSON)
    HttpResponse<String> importUrl(@Body String body, Authentication authentication) {
        JsonValue json = parse(body);
        String url = json.get("url").text().orElse(null);
        JobPosting posting = importer.fetch(url);
        ChangeSource source = ChangeSource.parse(json.get("source").text().orElse(null));
        return respond(service.save(userId(authentication), JobService.clientId(json), posting, source));
    }

    /** 200 {"job", "applicationStatus"} when the page's job is saved, else 404 (the extension shows "not saved yet"). */
    @Get(value = "/lookup", produces = MediaType.APPLICATION_JSON)
    String lookup(@QueryValue String url, Authentication authentication) {
        UUID userId = userId(authentication);
        return transactions.read(connection -> {
            SavedJob job = jobs.findByPageUrl(connection, userId, url).orElseThrow(() -> ApiException.notFound("A saved job for this page"));
            ApplicationStatus status = applications.status(connection, userId, job.id()).orElse(ApplicationStatus.INTERESTED);
            return Json.object("job", job.toJson(), "applicationStatus", status).toJson();
        });
    }

    @Get(value = "/{id}", produces = MediaType.APPLICATION_JSON)
    String get(@PathVariable String id, Authentication authentication) {
        UUID userId = userId(authentication);
        UUID jobId = jobId(id);
        return transactions.read(connection -> {
            SavedJob job = jobs.find(connection, userId, jobId).orElseThrow(() -> ApiException.notFound("The job"));
            ApplicationStatus status = applications.status(connection, userId, jobId).orElse(ApplicationStatus.INTERESTED);
            return Json.object("job", job.toJson(), "applicationStatus", status).toJson();
        });
    }

    static UUID jobId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("The job");
        }
    }

    private static HttpResponse<String> respond(JobService.SaveResult result) {
        JsonObject body = result.replayed() ? Json.with(result.body(), "duplicate", true) : result.body();
        return HttpResponse.<String>status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(body.toJson())
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static JsonValue parse(String body) {
        try {
            return JsonParser.parse(body == null ? "" : body);
        } catch (JsonParseException e) {
            throw ApiException.invalid("body", "The body is not valid JSON: " + e.getMessage(), "Send a JSON object.");
        }
    }

    private static UUID userId(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }
}
