package dev.applypilot.server.work;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code applypilot.work.*}.
 *
 * @param consume          false for an instance that only enqueues (a web-only replica); true runs the workers
 * @param maxAttempts      deliveries of one message before it goes to the dead-letter stream and its job is FAILED
 * @param claimIdle        a message pending this long without its consumer renewing it is reclaimed by another
 * @param retryBackoffFactor each further delivery of a message waits this many times longer idle than the one before
 *                         (1 retries every claimIdle); see {@link RetryBackoff}
 * @param retryBackoffMax  the longest idle time a message waits for its next delivery
 * @param reclaimInterval  how often running jobs' claims are renewed and idle messages reclaimed (well below claimIdle)
 * @param block            how long one XREADGROUP waits for new messages
 * @param requeueAfter     an unfinished job whose last enqueue is older than this is enqueued again by the sweeper
 * @param sweepInterval    how often the sweeper looks for such jobs
 * @param maxLength        approximate cap of each work stream (XADD MAXLEN ~)
 * @param deadLetterMaxLength approximate cap of each dead-letter stream
 * @param consumerIdleLimit a consumer with nothing pending and idle this long belongs to an instance that is gone and
 *                         is removed from the group
 */
@ConfigurationProperties("applypilot.work")
public record WorkSettings(boolean consume, int maxAttempts, Duration claimIdle, double retryBackoffFactor, Duration retryBackoffMax,
                           Duration reclaimInterval, Duration block, Duration requeueAfter, Duration sweepInterval, long maxLength,
                           long deadLetterMaxLength, Duration consumerIdleLimit) {
    public WorkSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("applypilot.work.max-attempts must be at least 1, was " + maxAttempts);
        }
        // A running job's claim is renewed every reclaimInterval; it must come round well before claimIdle runs out,
        // or a live worker's job would be taken over by another instance.
        if (reclaimInterval.multipliedBy(2).compareTo(claimIdle) > 0) {
            throw new IllegalArgumentException("applypilot.work.reclaim-interval (" + reclaimInterval
                    + ") must be at most half of applypilot.work.claim-idle (" + claimIdle + ")");
        }
        // The liveness key lives consumerIdleLimit and is renewed every reclaimInterval (at most half of claimIdle):
        // at least claimIdle lets it survive a missed renewal.
        if (consumerIdleLimit.compareTo(claimIdle) < 0) {
            throw new IllegalArgumentException("applypilot.work.consumer-idle-limit (" + consumerIdleLimit
                    + ") must be at least applypilot.work.claim-idle (" + claimIdle + ")");
        }
    }
}
