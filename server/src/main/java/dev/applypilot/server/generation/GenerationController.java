package dev.applypilot.server.generation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Generation endpoints. A generation runs as a queued job on any instance; the POST waits for it up to
 * {@code applypilot.generation.jobs.sync-wait} (201 with the document) unless the client sends
 * {@code Prefer: respond-async}, and answers 202 with the job ({@code Location: /api/v1/generation/jobs/{id}}) when it
 * is not done by then. Progress steps: {@code /progress/{requestId}} and {@code generation.progress} sync events.
 */
@Controller("/api/v1/generation")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class GenerationController {
    private static final String PREFER = "Prefer";
    private final GenerationService generation;
    private final RecordedGenerationProgress progress;

    GenerationController(GenerationService generation, RecordedGenerationProgress progress) {
        this.generation = generation;
        this.progress = progress;
    }

    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = GeneratedDocument.class)))
    @ApiResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = GenerationJobView.class)))
    @Post("/resume")
    HttpResponse<?> resume(@Body @Valid GenerationRequests.Resume body, @Header(PREFER) @Nullable String prefer, Authentication auth) {
        return respond(generation.tailorResume(user(auth), body, wait(prefer)), prefer);
    }

    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = GeneratedDocument.class)))
    @ApiResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = GenerationJobView.class)))
    @Post("/cover-letter")
    HttpResponse<?> coverLetter(@Body @Valid GenerationRequests.Letter body, @Header(PREFER) @Nullable String prefer, Authentication auth) {
        return respond(generation.coverLetter(user(auth), body, wait(prefer)), prefer);
    }

    @Put("/cover-letter/{id}")
    GeneratedDocument editCoverLetter(UUID id, @Body @Valid GenerationRequests.LetterEdit body, Authentication auth) {
        return generation.editCoverLetter(user(auth), id, body.text());
    }

    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = GeneratedDocument.class)))
    @ApiResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = GenerationJobView.class)))
    @Post("/answers")
    HttpResponse<?> answers(@Body @Valid GenerationRequests.Answers body, @Header(PREFER) @Nullable String prefer, Authentication auth) {
        return respond(generation.answers(user(auth), body, wait(prefer)), prefer);
    }

    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = GeneratedDocument.class)))
    @ApiResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = GenerationJobView.class)))
    @Post("/interview")
    HttpResponse<?> interview(@Body @Valid GenerationRequests.Interview body, @Header(PREFER) @Nullable String prefer, Authentication auth) {
        return respond(generation.interview(user(auth), body, wait(prefer)), prefer);
    }

    /** A queued generation: PENDING/RUNNING, DONE with its documentId, or FAILED with the error. */
    @Get("/jobs/{id}")
    GenerationJobView job(UUID id, Authentication auth) {
        return generation.job(user(auth), id);
    }

    @Post("/interview/{id}/answers")
    AnswerFeedback practice(UUID id, @Body @Valid GenerationRequests.PracticeAnswer body, Authentication auth) {
        return generation.practiceAnswer(user(auth), id, body);
    }

    @Get("/interview/{id}/feedback")
    SessionFeedback sessionFeedback(UUID id, Authentication auth) {
        return generation.sessionFeedback(user(auth), id);
    }

    @Get("/documents")
    List<GeneratedDocument> documents(@QueryValue @Nullable UUID jobId, Authentication auth) {
        return generation.documents(user(auth), jobId);
    }

    @Get("/documents/{id}")
    GeneratedDocument document(UUID id, Authentication auth) {
        return generation.document(user(auth), id);
    }

    @Get(value = "/documents/{id}/pdf", produces = MediaType.APPLICATION_PDF)
    HttpResponse<byte[]> pdf(UUID id, Authentication auth) {
        GeneratedDocumentRow row = generation.row(user(auth), id);
        byte[] pdf = switch (row.kind()) {
            case GenerationService.RESUME -> DocumentPdf.resume(generation.read(row.content(), TailoredResume.class));
            case GenerationService.COVER_LETTER -> DocumentPdf.letter(generation.read(row.content(), CoverLetter.class));
            default -> throw GenerationService.unsupportedExport(row.kind());
        };
        String name = row.kind().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + row.id() + ".pdf";
        return HttpResponse.ok(pdf).contentType(MediaType.APPLICATION_PDF_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    @Get("/progress/{requestId}")
    List<ProgressRow> progress(UUID requestId, Authentication auth) {
        return progress.steps(requestId, user(auth));
    }

    /** RFC 7240: {@code respond-async} answers 202 at once (or after {@code wait=N} seconds, at most the sync wait). */
    private Duration wait(@Nullable String prefer) {
        if (!PreferHeader.respondAsync(prefer)) {
            return generation.syncWait();
        }
        Duration wait = PreferHeader.waitSeconds(prefer).map(Duration::ofSeconds).orElse(Duration.ZERO);
        return wait.compareTo(generation.syncWait()) > 0 ? generation.syncWait() : wait;
    }

    /** 201 with the new document (200 when cached), or 202 with the still-running job and its URL in Location. */
    private static HttpResponse<?> respond(GenerationOutcome outcome, @Nullable String prefer) {
        if (outcome.document() != null) {
            GeneratedDocument doc = outcome.document();
            return HttpResponse.status(doc.cached() ? HttpStatus.OK : HttpStatus.CREATED).body(doc);
        }
        MutableHttpResponse<GenerationJobView> accepted = HttpResponse.accepted(URI.create("/api/v1/generation/jobs/" + outcome.job().id()))
                .body(outcome.job());
        return PreferHeader.respondAsync(prefer) ? accepted.header("Preference-Applied", "respond-async") : accepted;
    }

    private static UUID user(Authentication auth) {
        return UUID.fromString(auth.getName());
    }
}
