package dev.applypilot.server.matching;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores resumes against job descriptions (0-100, explainable, deterministic for the same inputs and year) and ranks
 * many jobs for one resume, embedding the resume once and job descriptions through the {@link EmbeddingCache}.
 */
@Singleton
public class MatchService {
    private final SkillTaxonomy taxonomy;
    private final JobAnalyzer jobAnalyzer;
    private final ResumeAnalyzer resumeAnalyzer;
    private final TextEmbedder embedder;
    private final Clock clock;
    /** Saved jobs are re-ranked often; their analysis is as reusable as their embedding. */
    private final Lru<JobInput, JobAnalysis> jobAnalyses = new Lru<>(5_000);

    @Inject
    public MatchService(EmbeddingCache cache) {
        this(cache, Clock.systemUTC());
    }

    /** @param clock gives the year that "Present" in a resume's date ranges means */
    public MatchService(EmbeddingCache cache, Clock clock) {
        this.taxonomy = SkillTaxonomy.loadDefault();
        this.jobAnalyzer = new JobAnalyzer(taxonomy);
        this.resumeAnalyzer = new ResumeAnalyzer(taxonomy);
        this.embedder = new TextEmbedder(cache);
        this.clock = clock;
    }

    public SkillTaxonomy taxonomy() {
        return taxonomy;
    }

    /** Analyses and embeds a resume once, for {@link #match(PreparedResume, JobInput)} and ranking. */
    public PreparedResume prepare(ResumeInput resume) {
        ResumeAnalysis analysis = resumeAnalyzer.analyze(resume, Year.now(clock));
        List<float[]> sections = new ArrayList<>();
        for (String section : analysis.sectionTexts()) {
            sections.add(embedder.embed(section));
        }
        return new PreparedResume(analysis, embedder.embed(resume.text()), List.copyOf(sections));
    }

    public MatchResult match(ResumeInput resume, JobInput job) {
        return match(prepare(resume), job);
    }

    public MatchResult match(PreparedResume resume, JobInput job) {
        JobAnalysis analysis = jobAnalyses.computeIfAbsent(job, jobAnalyzer::analyze);
        return MatchScorer.score(resume, analysis, embedder.embed(job.text()));
    }

    /** Jobs best first; ties keep the input order. */
    public List<RankedJob> rank(ResumeInput resume, List<JobInput> jobs) {
        return rank(prepare(resume), jobs);
    }

    public List<RankedJob> rank(PreparedResume resume, List<JobInput> jobs) {
        List<RankedJob> ranked = new ArrayList<>(jobs.size());
        for (JobInput job : jobs) {
            ranked.add(new RankedJob(job.id(), match(resume, job)));
        }
        ranked.sort(Comparator.comparingInt((RankedJob r) -> -r.result().score())
                .thenComparingInt(r -> -r.result().breakdown().uncappedScore()));
        return ranked;
    }
}
