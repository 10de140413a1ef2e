package dev.applypilot.server.dashboard;

import dev.applypilot.server.generation.GenerationOutcome;
import dev.applypilot.server.generation.GenerationRequests;
import dev.applypilot.server.generation.GenerationService;
import dev.applypilot.server.generation.JobDetails;
import dev.applypilot.server.generation.LetterLength;
import dev.applypilot.server.generation.Tone;
import dev.applypilot.server.platform.ApiException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Job detail actions that generate server-side: tailored resume, cover letter (tone, length; editable), interview prep. */
@FormCsrf
@Controller("/app/jobs/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class JobToolsController {
    private final JobPage jobPage;
    private final CandidateMaterial material;
    private final GenerationService generation;

    JobToolsController(JobPage jobPage, CandidateMaterial material, GenerationService generation) {
        this.jobPage = jobPage;
        this.material = material;
        this.generation = generation;
    }

    @Post("/generate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> generate(@PathVariable String id, @Body Map<String, String> form, HttpRequest<?> request,
                             @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        UUID userId = Pages.user(authentication);
        UUID jobId = BoardController.jobId(id);
        String kind = Pages.field(form, "kind");
        JobDetails job = jobPage.details(userId, jobId);
        CandidateMaterial.Material candidate = material.load(userId);
        GenerationOutcome outcome;
        try {
            outcome = switch (kind) {
                case "resume" -> generation.tailorResume(userId, new GenerationRequests.Resume(job, candidate.profile(), candidate.resumeText(), null));
                case "letter" -> generation.coverLetter(userId, new GenerationRequests.Letter(job, candidate.profile(), candidate.resumeText(),
                        choice(Tone.class, form.get("tone")), choice(LetterLength.class, form.get("length")), null));
                case "interview" -> generation.interview(userId, new GenerationRequests.Interview(job, candidate.profile(), candidate.resumeText(), null));
                default -> throw ApiException.invalid("kind", "Choose what to generate.", "Use one of the buttons.");
            };
        } catch (ApiException e) {
            return Pages.invalid("job", jobPage.model(request, authentication, jobId, Map.of("generate-" + kind, message(e))));
        }
        // Not done within the wait (a slow model): the job keeps running and the page says so.
        String still = outcome.document() == null ? "?generating=" + kind : "";
        return Pages.redirect("/app/jobs/" + jobId + still + "#" + kind);
    }

    @Post("/cover-letter/{documentId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> editLetter(@PathVariable String id, @PathVariable String documentId, @Body Map<String, String> form,
                               HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        UUID jobId = BoardController.jobId(id);
        String text = Pages.field(form, "text");
        if (text.isEmpty() || text.length() > 20_000) {
            return Pages.invalid("job", jobPage.model(request, authentication, jobId,
                    Map.of("letterText", "The letter must have 1 to 20,000 characters.")));
        }
        UUID document;
        try {
            document = UUID.fromString(documentId);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("The cover letter");
        }
        generation.editCoverLetter(Pages.user(authentication), document, text);
        return Pages.redirect("/app/jobs/" + jobId + "?saved=letter#letter");
    }

    static String message(ApiException e) {
        var error = e.toError();
        return error.message() + (error.guidance() == null ? "" : " " + error.guidance());
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(type.getSimpleName().toLowerCase(Locale.ROOT), "Unknown choice '" + value + "'.", "Pick one from the list.");
        }
    }
}
