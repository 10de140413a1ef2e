package dev.applypilot.server.work;

import java.time.Duration;

/**
 * How long a pending message must sit idle before it is taken again: {@code claim-idle} after its first delivery,
 * {@code factor} times longer after each further one, never more than {@code max}. A job that keeps failing (the
 * database refusing its result, a provider outage) thus waits longer between attempts instead of using them up at
 * once; a consumer that died on a first delivery still loses the message after plain {@code claim-idle}.
 */
record RetryBackoff(Duration claimIdle, double factor, Duration max) {
    RetryBackoff {
        if (factor < 1) {
            throw new IllegalArgumentException("applypilot.work.retry-backoff-factor must be at least 1, was " + factor);
        }
        if (max.compareTo(claimIdle) < 0) {
            throw new IllegalArgumentException("applypilot.work.retry-backoff-max (" + max
                    + ") must be at least applypilot.work.claim-idle (" + claimIdle + ")");
        }
    }

    static RetryBackoff of(WorkSettings settings) {
        return new RetryBackoff(settings.claimIdle(), settings.retryBackoffFactor(), settings.retryBackoffMax());
    }

    /** The idle time a message delivered {@code deliveries} times needs before its next delivery. */
    Duration idleBefore(long deliveries) {
        double millis = claimIdle.toMillis() * Math.pow(factor, Math.max(0, deliveries - 1));
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }
}
