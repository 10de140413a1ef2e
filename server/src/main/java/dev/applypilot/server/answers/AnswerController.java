package dev.applypilot.server.answers;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The signed-in user's answer bank. Another user's ids answer 404 like missing ones. */
@Controller("/api/v1/answers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class AnswerController {
    private final AnswerService answers;

    AnswerController(AnswerService answers) {
        this.answers = answers;
    }

    @Get
    List<AnswerView> list(Authentication authentication) {
        return answers.list(userId(authentication));
    }

    @Post
    HttpResponse<AnswerView> create(@Body @Valid AnswerRequest body, Authentication authentication) {
        AnswerView created = answers.create(userId(authentication), body);
        return HttpResponse.<AnswerView>status(HttpStatus.CREATED).body(created)
                .headers(headers -> headers.location(URI.create("/api/v1/answers/" + created.id())));
    }

    /** Saved answers whose questions resemble {@code question}, best first, each with its score. */
    @Post("/match")
    List<AnswerMatch> match(@Body @Valid MatchRequest body, Authentication authentication) {
        return answers.match(userId(authentication), body.question());
    }

    @Get("/{id}")
    AnswerView get(UUID id, Authentication authentication) {
        return answers.get(userId(authentication), id);
    }

    @Put("/{id}")
    AnswerView replace(UUID id, @Body @Valid AnswerRequest body, Authentication authentication) {
        return answers.replace(userId(authentication), id, body);
    }

    @Post("/{id}/used")
    AnswerView used(UUID id, Authentication authentication) {
        return answers.markUsed(userId(authentication), id);
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(UUID id, Authentication authentication) {
        answers.delete(userId(authentication), id);
        return HttpResponse.noContent();
    }

    private static UUID userId(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }
}
