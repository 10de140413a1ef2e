package dev.applypilot.server.work;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The outbox side of the queue: PostgreSQL says which jobs are unfinished, so every instance periodically enqueues
 * again those whose message may be gone (XADD failed while Redis was down, Redis lost its data, MAXLEN trimmed an
 * entry nobody had read). A duplicate message is harmless: handlers skip jobs that are done or running.
 */
@Singleton
class WorkSweeper {
    private static final Logger LOG = LoggerFactory.getLogger(WorkSweeper.class);
    private static final int BATCH = 100;
    private final List<WorkHandler> handlers;
    private final WorkQueue queue;
    private final WorkSettings settings;

    WorkSweeper(List<WorkHandler> handlers, WorkQueue queue, WorkSettings settings) {
        this.handlers = handlers;
        this.queue = queue;
        this.settings = settings;
    }

    @Scheduled(fixedDelay = "${applypilot.work.sweep-interval}", initialDelay = "${applypilot.work.sweep-interval}")
    void sweep() {
        for (WorkHandler handler : handlers) {
            try {
                List<String> jobs = handler.takeUnqueued(settings.requeueAfter(), BATCH);
                if (!jobs.isEmpty()) {
                    LOG.info("Re-enqueueing {} unfinished {} job(s)", jobs.size(), handler.kind());
                    jobs.forEach(job -> queue.publish(handler.kind(), job));
                }
            } catch (RuntimeException e) {
                LOG.warn("Sweep of {} jobs skipped: {}", handler.kind(), e.getMessage());
            }
        }
    }
}
