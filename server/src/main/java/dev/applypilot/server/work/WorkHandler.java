package dev.applypilot.server.work;

import java.time.Duration;
import java.util.List;

/**
 * Runs the jobs of one kind. Handlers must be idempotent: a message can arrive twice (a reclaim after a consumer
 * died, a sweeper re-enqueue), so {@link #handle} claims the job in PostgreSQL and returns quietly when it is
 * already finished or being run under another message.
 */
public interface WorkHandler {
    /** The job kind, which names the stream ({@code applypilot:work:<kind>}); lower case, no spaces. */
    String kind();

    /** Jobs of this kind running at once on one instance. */
    int concurrency();

    /**
     * Runs the job. Returning acknowledges the message (also for a job that was already done, and for a failure the
     * handler recorded itself as final, e.g. an unreadable file); throwing leaves it pending to be retried.
     */
    void handle(WorkItem item) throws Exception;

    /**
     * Marks the job FAILED for good after its last attempt, with {@code reason} for the user and operators.
     *
     * @return false when the job was already finished (nothing to dead-letter)
     */
    boolean giveUp(String jobId, String reason);

    /**
     * Undoes {@link #giveUp} for an operator's replay from the dead-letter stream: the job is waiting again with its
     * attempts reset, and marked enqueued now (the caller enqueues it; the sweeper covers a lost XADD).
     *
     * @return false when the job cannot run again: deleted, no longer given up, or its inputs are not kept
     */
    boolean reopen(String jobId);

    /**
     * Unfinished jobs whose message may have been lost: not enqueued for {@code requeueAfter} and not being run.
     * Marks them enqueued now (in one statement, so instances sweeping at once do not both take a job) and returns
     * at most {@code limit} ids.
     */
    List<String> takeUnqueued(Duration requeueAfter, int limit);
}
