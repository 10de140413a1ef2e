package dev.applypilot.extension.sync;

/**
 * Reconnect delays: doubling from {@code baseMillis} up to {@code maxMillis}, each with random jitter in
 * [50 %, 100 %] so many browsers do not reconnect in lockstep after a server restart.
 */
public final class Backoff {
    private final long baseMillis;
    private final long maxMillis;
    private int failures;

    public Backoff(long baseMillis, long maxMillis) {
        this.baseMillis = baseMillis;
        this.maxMillis = maxMillis;
    }

    /** Delay before the next attempt; {@code random} is in [0, 1). */
    public long nextDelay(double random) {
        long ceiling = baseMillis;
        for (int i = 0; i < failures && ceiling < maxMillis; i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, maxMillis);
        failures++;
        return Math.max(1, (long) (ceiling * (0.5 + 0.5 * random)));
    }

    /** A connection succeeded: start from the base delay again. */
    public void reset() {
        failures = 0;
    }

    public int failures() {
        return failures;
    }
}
