package dev.applypilot.server.resume;

import dev.applypilot.server.resume.parse.ParsedResume;
import dev.applypilot.server.resume.parse.ResumeParseErrorCode;
import dev.applypilot.server.resume.parse.ResumeParseException;
import dev.applypilot.server.resume.parse.ResumeParser;
import dev.applypilot.server.work.WorkHandler;
import dev.applypilot.server.work.WorkItem;
import dev.applypilot.server.work.WorkSettings;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Parses uploaded resumes as {@value #KIND} jobs of the work queue, so any instance can take them. The row is
 * claimed in PostgreSQL first, which makes a repeated message harmless. A file that cannot be read is a final
 * FAILED with its reason; anything else that goes wrong (the database, a crash) is retried by the queue and given up
 * after its max-attempts.
 */
@Singleton
public class ResumeParseWorker implements WorkHandler {
    static final String KIND = "resume-parse";
    private static final Logger LOG = LoggerFactory.getLogger(ResumeParseWorker.class);
    private final ResumeStore store;
    private final ResumeOutcomes outcomes;
    private final ResumeParser parser;
    private final JsonMapper json;
    private final ResumeSettings settings;
    private final WorkSettings work;
    private final MeterRegistry metrics;

    ResumeParseWorker(ResumeStore store, ResumeOutcomes outcomes, ResumeParser parser, JsonMapper json, ResumeSettings settings,
                      WorkSettings work, MeterRegistry metrics) {
        Gauge.builder("applypilot.resumes.queue", store, ResumeStore::queued)
                .description("Resumes waiting for or in parsing (PostgreSQL)").register(metrics);
        this.store = store;
        this.outcomes = outcomes;
        this.parser = parser;
        this.json = json;
        this.settings = settings;
        this.work = work;
        this.metrics = metrics;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int concurrency() {
        return settings.parseThreads();
    }

    @Override
    public void handle(WorkItem item) throws Exception {
        UUID id = UUID.fromString(item.jobId());
        Optional<byte[]> content = store.claim(id, item.messageId(), settings.staleAfter());
        if (content.isEmpty()) {
            return; // deleted, finished, or being parsed under another message
        }
        Timer.Sample sample = Timer.start(metrics);
        String outcome = "parsed";
        try {
            ParsedResume parsed;
            try {
                parsed = parser.parse(content.get());
            } catch (ResumeParseException e) {
                outcome = e.code().code();
                outcomes.failed(id, e.code().code(), e.getMessage(), e.guidance());
                return;
            } catch (RuntimeException e) {
                // The parser is deterministic: a file that breaks it would break every retry too.
                outcome = "error";
                LOG.warn("Resume {} could not be parsed", id, e);
                outcomes.failed(id, ResumeParseErrorCode.CORRUPT.code(), "The file could not be read.",
                        ResumeParseErrorCode.CORRUPT.defaultGuidance());
                return;
            }
            outcomes.parsed(id, json.writeValueAsString(parsed), parsed.text());
        } catch (Exception e) {
            outcome = "retried";
            throw e;
        } finally {
            sample.stop(metrics.timer("applypilot.resumes.parse", "outcome", outcome));
        }
    }

    @Override
    public boolean giveUp(String jobId, String reason) {
        LOG.warn("Resume {} given up: {}", jobId, reason);
        return outcomes.gaveUp(UUID.fromString(jobId), ResumeParseErrorCode.RETRIES_EXHAUSTED.code(),
                "Parsing failed " + work.maxAttempts() + " times on our side; the file was not read.",
                ResumeParseErrorCode.RETRIES_EXHAUSTED.defaultGuidance());
    }

    @Override
    public boolean reopen(String jobId) {
        return outcomes.reopened(UUID.fromString(jobId), ResumeParseErrorCode.RETRIES_EXHAUSTED.code());
    }

    @Override
    public List<String> takeUnqueued(Duration requeueAfter, int limit) {
        return store.takeUnqueued(requeueAfter, settings.staleAfter(), limit).stream().map(UUID::toString).toList();
    }
}
