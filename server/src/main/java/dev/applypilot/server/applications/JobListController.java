package dev.applypilot.server.applications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.UUID;

/** {@code GET /api/v1/jobs}: the user's saved jobs with their application status, filtered, sorted and paged. */
@Controller("/api/v1/jobs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class JobListController {
    private final TrackerQueries queries;

    JobListController(TrackerQueries queries) {
        this.queries = queries;
    }

    /** status, company (substring), q (full text), sort = updated|created|company, limit 1..100 (default 20), cursor. */
    @Get(produces = MediaType.APPLICATION_JSON)
    String list(@Nullable @QueryValue String status, @Nullable @QueryValue String company, @Nullable @QueryValue String q,
                @Nullable @QueryValue String sort, @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor,
                Authentication authentication) {
        Integer parsedLimit = null;
        if (limit != null) {
            try {
                parsedLimit = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                parsedLimit = -1;
            }
        }
        return queries.list(UUID.fromString(authentication.getName()),
                new TrackerQueries.Filter(status, company, q, sort, parsedLimit, cursor)).toJson();
    }
}
