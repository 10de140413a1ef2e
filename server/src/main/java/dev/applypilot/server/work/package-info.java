/**
 * Background work on Redis Streams, with PostgreSQL as the source of truth for each job's state.
 * <p>
 * One stream per job kind ({@code applypilot:work:<kind>}), one consumer group ({@code workers}) and one consumer per
 * server instance, so any instance can take any job. A feature stores its job row, calls {@link
 * dev.applypilot.server.work.WorkQueue#enqueue} in the same transaction (the XADD happens after the commit) and
 * registers a {@link dev.applypilot.server.work.WorkHandler}. Messages a dead consumer left pending, and failed attempts,
 * are reclaimed with XCLAIM once idle for their backoff ({@link dev.applypilot.server.work.RetryBackoff}); the
 * delivery count decides retries; after {@code max-attempts} the message moves to the kind's dead-letter stream and
 * the handler marks the job FAILED. A sweeper re-enqueues jobs PostgreSQL still holds as
 * unfinished (a lost XADD during a Redis outage, a flushed Redis), so an outage only delays work. Administrators list
 * and replay dead letters through {@link dev.applypilot.server.work.DeadLetters}.
 */
package dev.applypilot.server.work;
