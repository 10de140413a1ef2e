package dev.applypilot.server.generation;

import dev.applypilot.server.work.WorkHandler;
import dev.applypilot.server.work.WorkItem;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Runs queued generations ({@value #KIND} jobs of the work queue) on whichever instance takes them. A failure the
 * user should see (provider down, fact check rejected) ends the job at once; anything else is retried by the queue.
 */
@Singleton
class GenerationWorker implements WorkHandler {
    static final String KIND = "generation";
    private static final Duration KEEP_FINISHED = Duration.ofDays(30);
    private final GenerationService generation;
    private final GenerationJobStore jobs;
    private final GenerationJobSettings settings;
    private final Duration staleAfter;

    GenerationWorker(GenerationService generation, GenerationJobStore jobs, GenerationJobSettings settings, GenerationSettings model) {
        this.generation = generation;
        this.jobs = jobs;
        this.settings = settings;
        // A claim older than every model attempt plus a margin belongs to a worker that is gone.
        this.staleAfter = model.timeout().multipliedBy(model.maxRetries() + 1L).plusMinutes(1);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int concurrency() {
        return settings.concurrency();
    }

    @Override
    public void handle(WorkItem item) {
        jobs.claim(UUID.fromString(item.jobId()), item.messageId(), staleAfter).ifPresent(generation::run);
    }

    @Override
    public boolean giveUp(String jobId, String reason) {
        return generation.giveUp(UUID.fromString(jobId), reason);
    }

    /** Never: a failed job's inputs (profile, resume text) are cleared when it ends, so the user sends it again. */
    @Override
    public boolean reopen(String jobId) {
        return false;
    }

    @Override
    public List<String> takeUnqueued(Duration requeueAfter, int limit) {
        return jobs.takeUnqueued(requeueAfter, staleAfter, limit);
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void purge() {
        jobs.purgeFinished(KEEP_FINISHED);
    }
}
