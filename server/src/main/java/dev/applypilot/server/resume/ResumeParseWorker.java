package dev.applypilot.server.resume;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dev.applypilot.server.resume.parse.ParsedResume;
import dev.applypilot.server.resume.parse.ResumeParseErrorCode;
import dev.applypilot.server.resume.parse.ResumeParseException;
import dev.applypilot.server.resume.parse.ResumeParser;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;

/**
 * Parses uploaded resumes in the background. An upload kicks a drain at once; a periodic poll picks up whatever is
 * left (rows from before a restart, rows whose worker died). Rows are claimed in the database, so any number of
 * instances can run this side by side.
 */
@Singleton
public class ResumeParseWorker {
    private static final Logger LOG = LoggerFactory.getLogger(ResumeParseWorker.class);
    private final ResumeStore store;
    private final ResumeOutcomes outcomes;
    private final ResumeParser parser;
    private final JsonMapper json;
    private final ExecutorService executor;
    private final ResumeSettings settings;
    private final Semaphore running;

    private final MeterRegistry metrics;

    ResumeParseWorker(ResumeStore store, ResumeOutcomes outcomes, ResumeParser parser, JsonMapper json,
                      @Named(TaskExecutors.BLOCKING) ExecutorService executor, ResumeSettings settings, MeterRegistry metrics) {
        this.metrics = metrics;
        Gauge.builder("applypilot.resumes.queue", store, ResumeStore::queued)
                .description("Resumes waiting for or in parsing").register(metrics);
        this.store = store;
        this.outcomes = outcomes;
        this.parser = parser;
        this.json = json;
        this.executor = executor;
        this.settings = settings;
        this.running = new Semaphore(Math.max(1, settings.parseThreads()));
    }

    /** Starts parsing pending resumes now (call after the upload's row is committed). */
    public void kick() {
        executor.execute(this::drain);
    }

    @Scheduled(fixedDelay = "${applypilot.resumes.poll-interval:10s}", initialDelay = "${applypilot.resumes.poll-interval:10s}")
    void poll() {
        store.failAbandoned(settings.staleAfter(), settings.maxAttempts(), ResumeParseErrorCode.TIMEOUT.code(),
                "Parsing was interrupted " + settings.maxAttempts() + " times.", ResumeParseErrorCode.TIMEOUT.defaultGuidance());
        drain();
    }

    void drain() {
        try {
            running.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            Optional<ResumeStore.Claimed> claimed;
            while ((claimed = store.claimNext(settings.staleAfter(), settings.maxAttempts())).isPresent()) {
                parse(claimed.get());
            }
        } catch (RuntimeException e) {
            LOG.warn("Resume parse worker stopped; the poll will resume it", e);
        } finally {
            running.release();
        }
    }

    private void parse(ResumeStore.Claimed claimed) {
        Timer.Sample sample = Timer.start(metrics);
        String outcome = "parsed";
        try {
            ParsedResume parsed = parser.parse(claimed.content());
            outcomes.parsed(claimed.id(), json.writeValueAsString(parsed), parsed.text());
        } catch (ResumeParseException e) {
            outcome = e.code().code();
            outcomes.failed(claimed.id(), e.code().code(), e.getMessage(), e.guidance());
        } catch (Exception e) {
            outcome = "error";
            LOG.warn("Resume {} could not be parsed", claimed.id(), e);
            outcomes.failed(claimed.id(), ResumeParseErrorCode.CORRUPT.code(), "The file could not be read.",
                    ResumeParseErrorCode.CORRUPT.defaultGuidance());
        } finally {
            sample.stop(metrics.timer("applypilot.resumes.parse", "outcome", outcome));
        }
    }
}
