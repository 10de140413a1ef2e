package dev.applypilot.server.generation;

import dev.applypilot.server.matching.MatchService;
import dev.applypilot.server.platform.ApiException;
import dev.applypilot.server.resume.ResumeService;
import dev.applypilot.server.work.WorkQueue;
import dev.applypilot.server.work.WorkSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Generates, caches and stores documents per user: identical inputs (same kind, provider and request) return the
 * stored result without a model call or quota; otherwise the daily quota is taken and the request becomes a queued
 * job ({@link GenerationWorker}) that any instance runs: progress reported, the document written by {@link Drafting}
 * and saved in one transaction. The caller waits for the result up to a bound (or not at all) and otherwise gets the
 * job to poll. A failure saves nothing and gives the quota unit back. Tailored resumes are also kept as resume
 * versions.
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
    private final GenerationJobStore jobs;
    private final WorkQueue work;
    private final TransactionOperations<Connection> transactions;
    private final GenerationJobSettings jobSettings;
    private final int maxAttempts;

    GenerationService(GenerationSettings settings, LanguageModel model, MatchService matching, JsonMapper json,
                      GeneratedDocumentRepository documents, InterviewAnswerRepository interviewAnswers,
                      UsageRepository usage, DailyQuota quota, GenerationProgress progress, MeterRegistry metrics,
                      ResumeService resumeVersions, GenerationJobStore jobs, WorkQueue work,
                      TransactionOperations<Connection> transactions, GenerationJobSettings jobSettings, WorkSettings workSettings) {
        this.metrics = metrics;
        this.jobs = jobs;
        this.work = work;
        this.transactions = transactions;
        this.jobSettings = jobSettings;
        this.maxAttempts = workSettings.maxAttempts();
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

    /** How long a request waits for its result unless the client asked for an asynchronous answer. */
    public Duration syncWait() {
        return jobSettings.syncWait();
    }

    public GenerationOutcome tailorResume(UUID userId, GenerationRequests.Resume r) {
        return tailorResume(userId, r, syncWait());
    }

    public GenerationOutcome tailorResume(UUID userId, GenerationRequests.Resume r, Duration wait) {
        requireMaterial(r.profile());
        GenerationOutcome outcome = submit(userId, RESUME, r.job().id(), r.requestId(), r.withRequestId(null), wait);
        GeneratedDocument document = outcome.document();
        if (document == null || document.resumeVersionId() != null) {
            return outcome;
        }
        // A cached document from before tailored resumes became resume versions gets its version now.
        GeneratedDocumentRow linked = transactions.executeWrite(status ->
                keepAsResumeVersion(documents.findByIdAndUserId(document.id(), userId).orElseThrow(), r.job()));
        return GenerationOutcome.done(view(linked, document.cached(), document.requestId()));
    }

    /** Stores the tailored resume as a PDF resume version (tagged, noted with its job) and links the document to it. */
    private GeneratedDocumentRow keepAsResumeVersion(GeneratedDocumentRow row, JobDetails job) {
        byte[] pdf = DocumentPdf.resume(read(row.content(), TailoredResume.class));
        String target = job.company() == null || job.company().isBlank() ? job.title() : job.title() + " at " + job.company();
        UUID version = resumeVersions.addTailored(row.userId(), "tailored-" + row.id() + ".pdf", pdf, "Tailored for " + target + ".");
        return documents.update(new GeneratedDocumentRow(row.id(), row.userId(), row.jobId(), row.kind(),
                row.content(), row.inputHash(), row.provider(), row.createdAt(), row.updatedAt(), version));
    }

    public GenerationOutcome coverLetter(UUID userId, GenerationRequests.Letter r) {
        return coverLetter(userId, r, syncWait());
    }

    public GenerationOutcome coverLetter(UUID userId, GenerationRequests.Letter r, Duration wait) {
        requireMaterial(r.profile());
        return submit(userId, COVER_LETTER, r.job().id(), r.requestId(), r.withRequestId(null), wait);
    }

    public GenerationOutcome answers(UUID userId, GenerationRequests.Answers r, Duration wait) {
        return submit(userId, ANSWERS, r.job().id(), r.requestId(), r.withRequestId(null), wait);
    }

    public GenerationOutcome interview(UUID userId, GenerationRequests.Interview r) {
        return interview(userId, r, syncWait());
    }

    public GenerationOutcome interview(UUID userId, GenerationRequests.Interview r, Duration wait) {
        return submit(userId, INTERVIEW, r.job().id(), r.requestId(), r.withRequestId(null), wait);
    }

    /** A queued generation of this user. */
    public GenerationJobView job(UUID userId, UUID id) {
        return jobs.find(userId, id).orElseThrow(() -> ApiException.notFound("The generation job"));
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

    /** Answers from the cache, or takes the quota, queues the job and waits up to {@code wait} for it. */
    private GenerationOutcome submit(UUID userId, String kind, UUID jobId, UUID requestId, Object inputs, Duration wait) {
        UUID request = requestId == null ? UUID.randomUUID() : requestId;
        String inputJson = write(inputs);
        String hash = sha256(kind + "\n" + model.describe() + "\n" + inputJson);
        var cached = documents.findFirstByUserIdAndKindAndInputHashOrderByCreatedAtDesc(userId, kind, hash);
        if (cached.isPresent()) {
            progress.report(request, userId, kind, "cache_hit", "Returned the stored result of an identical request.");
            return GenerationOutcome.done(view(cached.get(), true, request));
        }
        quota.take(userId);
        UUID id = UUID.randomUUID();
        try {
            transactions.executeWrite(status -> {
                jobs.insert(id, userId, kind, jobId, request, inputJson, hash);
                progress.report(request, userId, kind, "queued", "Waiting for a worker.");
                work.enqueue(GenerationWorker.KIND, id.toString());
                return id;
            });
        } catch (RuntimeException e) {
            quota.giveBack(userId);
            throw e;
        }
        return await(userId, id, request, wait);
    }

    /**
     * Polls the job row (the worker may run on another instance) until it finishes or {@code wait} is over. Backs off
     * from 10 to 200 ms: offline drafts finish within milliseconds, model calls take seconds.
     */
    private GenerationOutcome await(UUID userId, UUID id, UUID request, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        long pause = 10;
        while (true) {
            GenerationJobView job = job(userId, id);
            if ("DONE".equals(job.status())) {
                GeneratedDocumentRow row = job.documentId() == null ? null
                        : documents.findByIdAndUserId(job.documentId(), userId).orElse(null);
                if (row == null) {
                    throw ApiException.notFound("The generated document");
                }
                return GenerationOutcome.done(view(row, false, request));
            }
            if ("FAILED".equals(job.status())) {
                throw jobs.failure(id).orElseThrow();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return GenerationOutcome.running(job);
            }
            try {
                Thread.sleep(Math.min(pause, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return GenerationOutcome.running(job);
            }
            pause = Math.min(pause * 2, 200);
        }
    }

    /**
     * Runs a claimed job (on the worker): drafts, then saves the document, its usage, its resume version and the job's
     * end in one transaction. A failure meant for the user ends the job and gives the quota back; any other exception
     * propagates so the queue retries the job.
     */
    void run(GenerationJobStore.Claimed job) {
        progress.report(job.requestId(), job.userId(), job.kind(), "started", "Generating with " + model.describe() + ".");
        Object content;
        Timer.Sample sample = Timer.start(metrics);
        try {
            if (drafting.usesModel()) {
                progress.report(job.requestId(), job.userId(), job.kind(), "calling_model", "Waiting for " + model.describe() + ".");
            }
            content = draft(job.kind(), job.request());
            sample.stop(metrics.timer("applypilot.generation", "kind", job.kind(), "outcome", "ok"));
        } catch (ApiException e) {
            sample.stop(metrics.timer("applypilot.generation", "kind", job.kind(), "outcome", "failed"));
            fail(job, e, e.getMessage());
            return;
        } catch (RuntimeException e) {
            sample.stop(metrics.timer("applypilot.generation", "kind", job.kind(), "outcome", "failed"));
            throw e;
        }
        transactions.executeWrite(status -> {
            GeneratedDocumentRow row = documents.save(new GeneratedDocumentRow(UUID.randomUUID(), job.userId(), job.jobId(), job.kind(),
                    write(content), job.inputHash(), model.describe(), Instant.now(), null, null));
            if (RESUME.equals(job.kind())) {
                row = keepAsResumeVersion(row, read(job.request(), GenerationRequests.Resume.class).job());
            }
            usage.increment(UUID.randomUUID(), job.userId(), LocalDate.now(ZoneOffset.UTC), model.describe());
            progress.report(job.requestId(), job.userId(), job.kind(), "saved", "Saved as document " + row.id() + ".");
            jobs.markDone(job.id(), row.id());
            return row;
        });
    }

    /** Ends a job the queue gave up on (its attempts all failed); false when it had already finished. */
    boolean giveUp(UUID id, String reason) {
        var job = jobs.unfinished(id);
        if (job.isEmpty()) {
            return false;
        }
        ApiException failure = new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "generation_failed",
                "The generation failed " + maxAttempts + " times on our side; nothing was saved.", "Try again in a few minutes.");
        return fail(job.get(), failure, failure.getMessage());
    }

    private boolean fail(GenerationJobStore.Claimed job, ApiException failure, String message) {
        boolean ended = transactions.executeWrite(status -> {
            boolean unfinished = jobs.markFailed(job.id(), failure);
            if (unfinished) {
                progress.report(job.requestId(), job.userId(), job.kind(), "failed", message == null ? failure.toError().error() : message);
            }
            return unfinished;
        });
        if (ended) {
            quota.giveBack(job.userId());
        }
        return ended;
    }

    /** Writes the document of a stored request with {@link Drafting}. */
    private Object draft(String kind, String request) {
        return switch (kind) {
            case RESUME -> {
                GenerationRequests.Resume r = read(request, GenerationRequests.Resume.class);
                yield drafting.tailorResume(CandidateSource.of(r.profile(), r.resumeText()), r.job());
            }
            case COVER_LETTER -> {
                GenerationRequests.Letter r = read(request, GenerationRequests.Letter.class);
                yield drafting.coverLetter(CandidateSource.of(r.profile(), r.resumeText()), r.job(),
                        r.tone() == null ? Tone.PROFESSIONAL : r.tone(), r.length() == null ? LetterLength.MEDIUM : r.length());
            }
            case ANSWERS -> {
                GenerationRequests.Answers r = read(request, GenerationRequests.Answers.class);
                yield drafting.draftAnswers(new CandidateSource(r.profile(), r.resumeText(), r.answerBank()), r.job(), r.questions());
            }
            case INTERVIEW -> {
                GenerationRequests.Interview r = read(request, GenerationRequests.Interview.class);
                yield drafting.interviewQuestions(CandidateSource.of(r.profile(), r.resumeText()), r.job());
            }
            default -> throw new IllegalStateException("Unknown generation kind " + kind);
        };
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
