package dev.applypilot.server.matching;

import dev.applypilot.server.platform.ApiException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.UUID;

/** Scores and ranks the user's saved jobs against a resume version; see docs/matching.md ("REST API"). */
@Controller("/api/v1/matching")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class MatchingController {
    static final int MAX_LIMIT = 500;

    private final SavedJobMatchService service;

    MatchingController(SavedJobMatchService service) {
        this.service = service;
    }

    @Get("/jobs/{jobId}")
    JobMatchView job(@PathVariable String jobId, @QueryValue @Nullable String resumeId, Authentication authentication) {
        return service.score(userId(authentication), jobId, resumeId);
    }

    @Get("/rank")
    RankingView rank(@QueryValue @Nullable String resumeId, @QueryValue(defaultValue = "50") int limit,
                     Authentication authentication) {
        return service.rank(userId(authentication), resumeId, checkedLimit(limit));
    }

    @Get("/history")
    HistoryView history(@QueryValue @Nullable String jobId, @QueryValue @Nullable String resumeId,
                        @QueryValue(defaultValue = "50") int limit, Authentication authentication) {
        return service.history(userId(authentication), jobId, resumeId, checkedLimit(limit));
    }

    @Get("/page")
    PageMatchView page(@QueryValue @Nullable String url, Authentication authentication) {
        return service.page(userId(authentication), url);
    }

    private static int checkedLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalid("limit", "limit must be 1 to " + MAX_LIMIT + ".", "Ask for fewer items, e.g. limit=50.");
        }
        return limit;
    }

    private static UUID userId(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }
}
