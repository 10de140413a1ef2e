package dev.applypilot.server.work;

import dev.applypilot.server.auth.Administrators;
import dev.applypilot.server.platform.ApiException;
import dev.applypilot.server.platform.ClientAddress;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
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

import java.util.List;
import java.util.UUID;

/**
 * The dead-letter streams for administrators ({@code applypilot.admin-emails}): list a kind's dead letters and
 * replay one or all of them. Each replayed job is written to the audit log as {@code work_replay:<kind>:<job>}.
 */
@Controller("/api/v1/admin/work/{kind}/dead-letters")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class DeadLetterController {
    private static final int MAX_LIST = 1000;
    private final Administrators administrators;
    private final DeadLetters deadLetters;

    DeadLetterController(Administrators administrators, DeadLetters deadLetters) {
        this.administrators = administrators;
        this.deadLetters = deadLetters;
    }

    @Get
    List<DeadLetterView> list(@PathVariable String kind, @QueryValue(defaultValue = "100") int limit, Authentication auth) {
        administrators.require(auth);
        if (limit < 1 || limit > MAX_LIST) {
            throw ApiException.invalid("limit", "The limit must be 1 to " + MAX_LIST + ".", "Page with a smaller limit.");
        }
        return deadLetters.list(kind, limit);
    }

    @Post("/{entryId}/replay")
    ReplayReport replay(@PathVariable String kind, @PathVariable String entryId, Authentication auth, HttpRequest<?> request) {
        UUID admin = administrators.require(auth);
        if (!entryId.matches("\\d+-\\d+")) {
            throw ApiException.invalid("entryId", "'" + entryId + "' is not a stream entry id.", "Use an id from the list, e.g. 1733300000000-0.");
        }
        ReplayReport report = deadLetters.replay(kind, entryId).orElseThrow(() -> ApiException.notFound("The dead letter " + entryId));
        if (report.replayed().isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "not_replayable", "This job cannot run again: it was deleted, has already been "
                    + "replayed, or its inputs are not kept.", "Leave the dead letter, or delete it with XDEL once handled.");
        }
        record(admin, kind, report, request);
        return report;
    }

    @Post("/replay")
    ReplayReport replayAll(@PathVariable String kind, Authentication auth, HttpRequest<?> request) {
        UUID admin = administrators.require(auth);
        ReplayReport report = deadLetters.replayAll(kind);
        record(admin, kind, report, request);
        return report;
    }

    private void record(UUID admin, String kind, ReplayReport report, HttpRequest<?> request) {
        String ip = ClientAddress.of(request);
        report.replayed().forEach(job -> administrators.recordAction(admin, "work_replay:" + kind + ":" + job, ip));
    }
}
