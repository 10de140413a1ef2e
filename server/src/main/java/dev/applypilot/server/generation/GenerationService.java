package dev.applypilot.server.generation;

import dev.applypilot.server.matching.MatchService;
import dev.applypilot.server.platform.ApiException;
import dev.applypilot.server.resume.ResumeService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Generates, caches and stores documents per user: identical inputs (same kind, provider and request) return the
 * stored result without a model call or quota; otherwise the daily quota is taken, progress reported, the document
 * written by {@link Drafting} and saved in one insert. A failure saves nothing and gives the quota unit back.
 * Tailored resumes are stored here as kind RESUME until the resume-versions feature takes them over
 * (the seam: {@link #tailorResume} and {@link #document}).
 */
@Singleton
public class GenerationService {
    static final String RESUME = "RESUME";
    static final String COVER_LETTER = "COVER_LETTER";
    static final String ANSWERS = "ANSWERS";
    static final String INTERVIEW = "INTERVIEW";

    private final Drafting drafting;
    private final LanguageModel model;
    private final JsonMapper json;
    private final GeneratedDocumentRepository documents;
    private final InterviewAnswerRepository interviewAnswers;
    private final UsageRepository usage;
    private final DailyQuota quota;
    private final GenerationProgress progress;
    private final MeterRegistry metrics;
    private final ResumeService resumeVersions;

    GenerationService(GenerationSettings settings, LanguageModel model, MatchService matching, JsonMapper json,
                      GeneratedDocumentRepository documents, InterviewAnswerRepository interviewAnswers,
                      UsageRepository usage, DailyQuota quota, GenerationProgress progress, MeterRegistry metrics,
                      ResumeService resumeVersions) {
        this.metrics = metrics;
        this.resumeVersions = resumeVersions;
        this.drafting = new Drafting(matching.taxonomy(), model, settings.rejectOnFactCheckFailure(), json);
        this.model = model;
        this.json = json;
        this.documents = documents;
        this.interviewAnswers = interviewAnswers;
        this.usage = usage;
        this.quota = quota;
        this.progress = progress;
    }

    public GeneratedDocument tailorResume(UUID userId, GenerationRequests.Resume r) {
        requireMaterial(r.profile());
        CandidateSource candidate = CandidateSource.of(r.profile(), r.resumeText());
        GeneratedDocument document = generate(userId, RESUME, r.job().id(), r.requestId(), r.withRequestId(null),
                () -> drafting.tailorResume(candidate, r.job()));
        return document.resumeVersionId() != null ? document : keepAsResumeVersion(userId, document, r.job());
    }

    /** Stores the tailored resume as a PDF resume version (tagged, noted with its job) and links the document to it. */
    private GeneratedDocument keepAsResumeVersion(UUID userId, GeneratedDocument document, JobDetails job) {
        GeneratedDocumentRow row = documents.findByIdAndUserId(document.id(), userId).orElseThrow();
        byte[] pdf = DocumentPdf.resume(read(row.content(), TailoredResume.class));
        String target = job.company() == null || job.company().isBlank() ? job.title() : job.title() + " at " + job.company();
        UUID version = resumeVersions.addTailored(userId, "tailored-" + row.id() + ".pdf", pdf, "Tailored for " + target + ".");
        GeneratedDocumentRow linked = documents.update(new GeneratedDocumentRow(row.id(), row.userId(), row.jobId(), row.kind(),
                row.content(), row.inputHash(), row.provider(), row.createdAt(), row.updatedAt(), version));
        return view(linked, document.cached(), document.requestId());
    }

    public GeneratedDocument coverLetter(UUID userId, GenerationRequests.Letter r) {
        requireMaterial(r.profile());
        CandidateSource candidate = CandidateSource.of(r.profile(), r.resumeText());
        Tone tone = r.tone() == null ? Tone.PROFESSIONAL : r.tone();
        LetterLength length = r.length() == null ? LetterLength.MEDIUM : r.length();
        return generate(userId, COVER_LETTER, r.job().id(), r.requestId(), r.withRequestId(null),
                () -> drafting.coverLetter(candidate, r.job(), tone, length));
    }

    public GeneratedDocument answers(UUID userId, GenerationRequests.Answers r) {
        CandidateSource candidate = new CandidateSource(r.profile(), r.resumeText(), r.answerBank());
        return generate(userId, ANSWERS, r.job().id(), r.requestId(), r.withRequestId(null),
                () -> drafting.draftAnswers(candidate, r.job(), r.questions()));
    }

    public GeneratedDocument interview(UUID userId, GenerationRequests.Interview r) {
        CandidateSource candidate = CandidateSource.of(r.profile(), r.resumeText());
        return generate(userId, INTERVIEW, r.job().id(), r.requestId(), r.withRequestId(null),
                () -> drafting.interviewQuestions(candidate, r.job()));
    }

    public AnswerFeedback practiceAnswer(UUID userId, UUID sessionId, GenerationRequests.PracticeAnswer a) {
        InterviewPrep prep = read(owned(userId, sessionId, INTERVIEW, "The interview session").content(), InterviewPrep.class);
        InterviewQuestion question = prep.questions().stream().filter(q -> q.id().equals(a.questionId())).findFirst()
                .orElseThrow(() -> ApiException.invalid("questionId", "This session has no question '" + a.questionId() + "'.",
                        "Use one of the ids in the session's questions (q1, q2, ...)."));
        AnswerFeedback feedback = drafting.feedback(prep, question, a.answer().strip());
        interviewAnswers.save(new InterviewAnswerRow(UUID.randomUUID(), sessionId, question.id(), a.answer().strip(),
                write(feedback), Instant.now()));
        return feedback;
    }

    public SessionFeedback sessionFeedback(UUID userId, UUID sessionId) {
        InterviewPrep prep = read(owned(userId, sessionId, INTERVIEW, "The interview session").content(), InterviewPrep.class);
        // The latest answer per question counts: practising a question again replaces the earlier attempt.
        Map<String, AnswerFeedback> latest = new java.util.LinkedHashMap<>();
        for (InterviewAnswerRow row : interviewAnswers.findByDocumentIdOrderByCreatedAt(sessionId)) {
            latest.put(row.questionId(), read(row.feedback(), AnswerFeedback.class));
        }
        return drafting.session(sessionId.toString(), prep, new ArrayList<>(latest.values()));
    }

    public GeneratedDocument editCoverLetter(UUID userId, UUID id, String text) {
        GeneratedDocumentRow row = owned(userId, id, COVER_LETTER, "The cover letter");
        CoverLetter edited = read(row.content(), CoverLetter.class).edit(text.strip());
        GeneratedDocumentRow saved = documents.update(new GeneratedDocumentRow(row.id(), row.userId(), row.jobId(), row.kind(),
                write(edited), row.inputHash(), row.provider(), row.createdAt(), Instant.now(), row.resumeId()));
        return view(saved, false, null);
    }

    public GeneratedDocument document(UUID userId, UUID id) {
        return view(documents.findByIdAndUserId(id, userId).orElseThrow(() -> ApiException.notFound("The document")), false, null);
    }

    public List<GeneratedDocument> documents(UUID userId, UUID jobId) {
        List<GeneratedDocumentRow> rows = jobId == null ? documents.findByUserIdOrderByCreatedAtDesc(userId)
                : documents.findByUserIdAndJobIdOrderByCreatedAtDesc(userId, jobId);
        return rows.stream().map(r -> view(r, false, null)).toList();
    }

    /** The stored row, for export. */
    GeneratedDocumentRow row(UUID userId, UUID id) {
        return documents.findByIdAndUserId(id, userId).orElseThrow(() -> ApiException.notFound("The document"));
    }

    <T> T read(String content, Class<T> type) {
        try {
            return json.readValue(content, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private GeneratedDocument generate(UUID userId, String kind, UUID jobId, UUID requestId, Object inputs, Supplier<Object> work) {
        UUID request = requestId == null ? UUID.randomUUID() : requestId;
        String hash = sha256(kind + "\n" + model.describe() + "\n" + write(inputs));
        var cached = documents.findFirstByUserIdAndKindAndInputHashOrderByCreatedAtDesc(userId, kind, hash);
        if (cached.isPresent()) {
            progress.report(request, userId, kind, "cache_hit", "Returned the stored result of an identical request.");
            return view(cached.get(), true, request);
        }
        quota.take(userId);
        progress.report(request, userId, kind, "started", "Generating with " + model.describe() + ".");
        Object content;
        Timer.Sample sample = Timer.start(metrics);
        try {
            if (drafting.usesModel()) {
                progress.report(request, userId, kind, "calling_model", "Waiting for " + model.describe() + ".");
            }
            content = work.get();
            sample.stop(metrics.timer("applypilot.generation", "kind", kind, "outcome", "ok"));
        } catch (RuntimeException e) {
            sample.stop(metrics.timer("applypilot.generation", "kind", kind, "outcome", "failed"));
            quota.giveBack(userId);
            progress.report(request, userId, kind, "failed", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            throw e;
        }
        GeneratedDocumentRow row = documents.save(new GeneratedDocumentRow(UUID.randomUUID(), userId, jobId, kind,
                write(content), hash, model.describe(), Instant.now(), null, null));
        usage.increment(UUID.randomUUID(), userId, LocalDate.now(ZoneOffset.UTC), model.describe());
        progress.report(request, userId, kind, "saved", "Saved as document " + row.id() + ".");
        return view(row, false, request);
    }

    private GeneratedDocumentRow owned(UUID userId, UUID id, String kind, String what) {
        return documents.findByIdAndUserId(id, userId).filter(r -> r.kind().equals(kind))
                .orElseThrow(() -> ApiException.notFound(what));
    }

    private GeneratedDocument view(GeneratedDocumentRow row, boolean cached, UUID requestId) {
        return new GeneratedDocument(row.id(), row.kind(), row.jobId(), row.provider(), cached, requestId,
                row.createdAt(), row.updatedAt(), read(row.content(), JsonNode.class), row.resumeId());
    }

    private static void requireMaterial(dev.applypilot.shared.profile.Profile profile) {
        if (profile.work().isEmpty() && profile.skills().isEmpty()) {
            throw ApiException.invalid("profile", "The profile has no work history and no skills to draw on.",
                    "Add at least one position or skill to the profile first.");
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static ApiException unsupportedExport(String kind) {
        return new ApiException(HttpStatus.BAD_REQUEST, "not_exportable", "A " + kind + " document cannot be exported as PDF.",
                "Export a tailored resume or a cover letter.");
    }
}
