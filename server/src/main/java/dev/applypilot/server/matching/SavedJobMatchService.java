package dev.applypilot.server.matching;

import dev.applypilot.server.jobs.JobStore;
import dev.applypilot.server.jobs.SavedJob;
import dev.applypilot.server.platform.ApiException;
import dev.applypilot.server.profile.ProfileService;
import dev.applypilot.server.resume.ResumeService;
import dev.applypilot.server.resume.ResumeStatus;
import dev.applypilot.server.resume.ResumeView;
import dev.applypilot.server.sync.Transactions;
import dev.applypilot.shared.job.JobPosting;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Matching over a user's saved jobs and resume versions: resolves the resume (the primary by default) and the
 * profile's facts, runs {@link MatchService}, and records every result in the match history.
 */
@Singleton
public class SavedJobMatchService {
    static final int PAGE_MISSING = 5;
    static final int RANK_MISSING = 3;

    private final MatchService engine;
    private final ResumeService resumes;
    private final ProfileService profiles;
    private final JobStore jobStore;
    private final SavedJobQueries savedJobs;
    private final MatchHistoryStore history;
    private final Transactions transactions;
    private final JsonMapper json;

    SavedJobMatchService(MatchService engine, ResumeService resumes, ProfileService profiles, JobStore jobStore,
                         SavedJobQueries savedJobs, MatchHistoryStore history, Transactions transactions, JsonMapper json) {
        this.engine = engine;
        this.resumes = resumes;
        this.profiles = profiles;
        this.jobStore = jobStore;
        this.savedJobs = savedJobs;
        this.history = history;
        this.transactions = transactions;
        this.json = json;
    }

    /** The resume version a match is computed for, with the text its parse extracted. */
    private record ResumeSource(UUID id, String text) {
    }

    public JobMatchView score(UUID userId, String jobId, @Nullable String resumeId) {
        UUID job = id(jobId, "The job");
        // The job first: an unknown job answers 404 whether or not this user has a resume.
        SavedJob saved = transactions.read(connection -> jobStore.find(connection, userId, job))
                .orElseThrow(() -> ApiException.notFound("The job"));
        ResumeSource resume = resume(userId, resumeId);
        MatchResult result = engine.match(prepare(userId, resume), input(saved));
        record(userId, resume, List.of(new RankedJob(saved.id().toString(), result)));
        return new JobMatchView(saved.id(), resume.id(), EngineVersion.CURRENT, result);
    }

    public RankingView rank(UUID userId, @Nullable String resumeId, int limit) {
        ResumeSource resume = resume(userId, resumeId);
        List<SavedJob> jobs = transactions.read(connection -> savedJobs.all(connection, userId));
        List<JobInput> inputs = jobs.stream().map(SavedJobMatchService::input).toList();
        List<RankedJob> ranked = engine.rank(prepare(userId, resume), inputs);
        record(userId, resume, ranked);
        Map<String, JobPosting> postings = new HashMap<>();
        jobs.forEach(job -> postings.put(job.id().toString(), job.posting()));
        List<RankedJobView> items = new ArrayList<>();
        for (RankedJob r : ranked.subList(0, Math.min(limit, ranked.size()))) {
            JobPosting posting = postings.get(r.jobId());
            items.add(new RankedJobView(UUID.fromString(r.jobId()), posting.title(), posting.company(), r.result().score(),
                    r.result().band(), r.result().missing().stream().limit(RANK_MISSING).map(KeywordMatch::skill).toList()));
        }
        return new RankingView(resume.id(), EngineVersion.CURRENT, ranked.size(), items);
    }

    public HistoryView history(UUID userId, @Nullable String jobId, @Nullable String resumeId, int limit) {
        UUID job = jobId == null || jobId.isBlank() ? null : id(jobId, "The job");
        UUID resume = resumeId == null || resumeId.isBlank() ? null : id(resumeId, "The resume");
        if (job != null && transactions.read(connection -> jobStore.find(connection, userId, job)).isEmpty()) {
            throw ApiException.notFound("The job");
        }
        if (resume != null) {
            resumes.get(userId, resume); // 404 for another user's or a deleted version
        }
        List<HistoryEntryView> items = history.list(userId, job, resume, limit).stream()
                .map(row -> new HistoryEntryView(row.id(), row.jobId(), row.resumeId(), row.score(), row.band(),
                        row.engineVersion(), row.createdAt(), readResult(row.resultJson())))
                .toList();
        return new HistoryView(items);
    }

    public PageMatchView page(UUID userId, String url) {
        if (url == null || url.isBlank()) {
            throw ApiException.invalid("url", "The page URL is missing.", "Send the address of the job page, e.g. ?url=https://...");
        }
        SavedJob saved = transactions.read(connection -> jobStore.findByPageUrl(connection, userId, url.strip()))
                .orElseThrow(() -> ApiException.notFound("A saved job for this page"));
        ResumeSource resume = resume(userId, null);
        MatchResult result = engine.match(prepare(userId, resume), input(saved));
        record(userId, resume, List.of(new RankedJob(saved.id().toString(), result)));
        return new PageMatchView(saved.id(), saved.posting().title(), saved.posting().company(), resume.id(), result.score(),
                result.band(), result.missing().stream().limit(PAGE_MISSING).toList());
    }

    private PreparedResume prepare(UUID userId, ResumeSource resume) {
        return engine.prepare(new ResumeInput(resume.text(), ProfileFacts.from(profiles.profile(userId))));
    }

    private void record(UUID userId, ResumeSource resume, List<RankedJob> results) {
        List<MatchHistoryStore.NewEntry> entries = new ArrayList<>(results.size());
        for (RankedJob r : results) {
            entries.add(new MatchHistoryStore.NewEntry(UUID.fromString(r.jobId()), r.result().score(), r.result().band(),
                    writeResult(r.result())));
        }
        history.record(userId, resume.id(), EngineVersion.CURRENT, entries);
    }

    /** The given version, or the primary one; 404 for unknown ids, 409 when there is nothing parsed to match. */
    private ResumeSource resume(UUID userId, @Nullable String resumeId) {
        UUID id;
        if (resumeId == null || resumeId.isBlank()) {
            List<ResumeView> versions = resumes.list(userId);
            if (versions.isEmpty()) {
                throw new ApiException(HttpStatus.CONFLICT, "no_resume", "There is no resume to match against.",
                        "Upload a resume first (POST /api/v1/resumes), wait until it is PARSED, then try again.");
            }
            id = versions.stream().filter(ResumeView::primary).findFirst().orElse(versions.get(0)).id();
        } else {
            id = id(resumeId, "The resume");
        }
        ResumeView view = resumes.get(userId, id);
        if (view.status() != ResumeStatus.PARSED || view.parsed() == null) {
            throw new ApiException(HttpStatus.CONFLICT, "resume_not_parsed", "Resume " + id + " is " + view.status() + ", not PARSED.",
                    view.status() == ResumeStatus.FAILED ? "Upload a readable copy of the resume, or pick another version with ?resumeId=."
                            : "Wait until GET /api/v1/resumes/" + id + " says PARSED, then try again.");
        }
        return new ResumeSource(id, view.parsed().text());
    }

    static JobInput input(SavedJob job) {
        JobPosting p = job.posting();
        String text = p.descriptionText() == null || p.descriptionText().isBlank() ? p.title() : p.descriptionText();
        return new JobInput(job.id().toString(), text, p.title(), p.primaryLocation(), RemoteType.valueOf(p.remoteType().name()));
    }

    private static UUID id(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.notFound(what);
        }
    }

    private String writeResult(MatchResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MatchResult readResult(String stored) {
        try {
            return json.readValue(stored, MatchResult.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
