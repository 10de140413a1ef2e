package dev.applypilot.server.work;

import io.lettuce.core.XAddArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;

/**
 * Puts jobs on their kind's stream. The job's row in PostgreSQL is the record; the message only says "run it", so a
 * lost message (Redis down at enqueue, Redis flushed) costs a delay until the sweeper sends it again, never the job.
 */
@Singleton
public class WorkQueue {
    private static final Logger LOG = LoggerFactory.getLogger(WorkQueue.class);
    private final StatefulRedisConnection<String, String> redis;
    private final TransactionOperations<Connection> transactions;
    private final XAddArgs trim;

    WorkQueue(StatefulRedisConnection<String, String> redis, TransactionOperations<Connection> transactions, WorkSettings settings) {
        this.redis = redis;
        this.transactions = transactions;
        this.trim = XAddArgs.Builder.maxlen(settings.maxLength()).approximateTrimming();
    }

    /**
     * Enqueues {@code jobId} once the caller's transaction commits (at once without one): a worker must never pick up
     * a job whose row is not visible yet, nor one that rolled back.
     */
    public void enqueue(String kind, String jobId) {
        var status = transactions.findTransactionStatus();
        if (status.isEmpty()) {
            publish(kind, jobId);
            return;
        }
        status.get().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                publish(kind, jobId);
            }
        });
    }

    /** XADD without waiting for the reply; a failure is logged and left to the sweeper. */
    void publish(String kind, String jobId) {
        try {
            redis.async().xadd(WorkStreams.stream(kind), trim, WorkStreams.JOB, jobId).whenComplete((id, failure) -> {
                if (failure != null) {
                    LOG.warn("{} job {} not enqueued (the sweeper will enqueue it again): {}", kind, jobId, failure.getMessage());
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("{} job {} not enqueued (the sweeper will enqueue it again): {}", kind, jobId, e.getMessage());
        }
    }
}
