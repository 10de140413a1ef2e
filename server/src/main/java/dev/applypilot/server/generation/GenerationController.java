package dev.applypilot.server.generation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;

@Controller("/api/v1/generation")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class GenerationController {
    private final GenerationService generation;
    private final RecordedGenerationProgress progress;

    GenerationController(GenerationService generation, RecordedGenerationProgress progress) {
        this.generation = generation;
        this.progress = progress;
    }

    @Post("/resume")
    HttpResponse<GeneratedDocument> resume(@Body @Valid GenerationRequests.Resume body, Authentication auth) {
        return created(generation.tailorResume(user(auth), body));
    }

    @Post("/cover-letter")
    HttpResponse<GeneratedDocument> coverLetter(@Body @Valid GenerationRequests.Letter body, Authentication auth) {
        return created(generation.coverLetter(user(auth), body));
    }

    @Put("/cover-letter/{id}")
    GeneratedDocument editCoverLetter(UUID id, @Body @Valid GenerationRequests.LetterEdit body, Authentication auth) {
        return generation.editCoverLetter(user(auth), id, body.text());
    }

    @Post("/answers")
    HttpResponse<GeneratedDocument> answers(@Body @Valid GenerationRequests.Answers body, Authentication auth) {
        return created(generation.answers(user(auth), body));
    }

    @Post("/interview")
    HttpResponse<GeneratedDocument> interview(@Body @Valid GenerationRequests.Interview body, Authentication auth) {
        return created(generation.interview(user(auth), body));
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

    private static HttpResponse<GeneratedDocument> created(GeneratedDocument doc) {
        return HttpResponse.status(doc.cached() ? HttpStatus.OK : HttpStatus.CREATED).body(doc);
    }

    private static UUID user(Authentication auth) {
        return UUID.fromString(auth.getName());
    }
}
