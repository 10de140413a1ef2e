package dev.applypilot.server.work;

import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XPendingArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.PendingMessage;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * This instance's consumer for one kind: a reader on its own connection (XREADGROUP blocks it, so it must not share
 * the connection everybody else uses), handlers on the blocking executor, at most {@link WorkHandler#concurrency()}
 * at once. Acks on success; a failure stays pending and is retried once its backoff ({@link RetryBackoff}) has run
 * out; the last failed attempt goes to the dead-letter stream.
 */
final class StreamWorker {
    private static final Logger LOG = LoggerFactory.getLogger(StreamWorker.class);
    /** Pending entries read per XPENDING while looking for due ones, and how many pages one reclaim reads at most. */
    private static final int PENDING_PAGE = 100;
    private static final int MAX_PENDING_PAGES = 10;
    private final WorkHandler handler;
    private final WorkSettings settings;
    private final RetryBackoff backoff;
    private final Consumer<String> consumer;
    private final String stream;
    private final RedisClient client;
    private final RedisCommands<String, String> commands;
    private final ExecutorService executor;
    private final MeterRegistry metrics;
    private final Semaphore slots;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final XAddArgs deadLetterTrim;
    private volatile StatefulRedisConnection<String, String> reader;
    private volatile boolean stopped;
    private boolean redisDown;

    StreamWorker(WorkHandler handler, WorkSettings settings, String consumerName, RedisClient client,
                 StatefulRedisConnection<String, String> shared, ExecutorService executor, MeterRegistry metrics) {
        this.handler = handler;
        this.settings = settings;
        this.backoff = RetryBackoff.of(settings);
        this.consumer = Consumer.from(WorkStreams.GROUP, consumerName);
        this.stream = WorkStreams.stream(handler.kind());
        this.client = client;
        this.commands = shared.sync();
        this.executor = executor;
        this.metrics = metrics;
        this.slots = new Semaphore(Math.max(1, handler.concurrency()));
        this.deadLetterTrim = XAddArgs.Builder.maxlen(settings.deadLetterMaxLength()).approximateTrimming();
    }

    void start() {
        executor.execute(this::readLoop);
    }

    /**
     * Stops reading, lets running jobs finish for up to {@code drain} (they still need the database, which closes
     * after us) and leaves the group when nothing is pending here. A job still running after that stays pending and
     * is reclaimed by another instance.
     */
    void stop(Duration drain) {
        stopped = true;
        StatefulRedisConnection<String, String> connection = reader;
        if (connection != null && connection.isOpen()) {
            connection.close();
        }
        int all = Math.max(1, handler.concurrency());
        try {
            if (!slots.tryAcquire(all, drain.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{} job(s) of {} still running at shutdown; another instance will reclaim them", running.size(), handler.kind());
                return;
            }
            slots.release(all);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            if (commands.xpending(stream, WorkStreams.GROUP).getConsumerMessageCount().getOrDefault(consumer.getName(), 0L) == 0) {
                commands.xgroupDelconsumer(stream, consumer);
            }
        } catch (RedisException e) {
            LOG.debug("Consumer {} left in group {}: {}", consumer.getName(), stream, e.getMessage());
        }
    }

    private void readLoop() {
        while (!stopped) {
            try {
                slots.acquire();
                StreamMessage<String, String> message;
                try {
                    message = readOne();
                } catch (RuntimeException e) {
                    slots.release();
                    throw e;
                }
                if (message == null) {
                    slots.release();
                } else {
                    dispatch(message, 1);
                }
                redisUp();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RedisCommandExecutionException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("NOGROUP")) {
                    recreateGroup();
                } else {
                    readFailed(e);
                }
            } catch (RuntimeException e) {
                readFailed(e); // whatever it is, the reader must outlive it
            }
        }
    }

    /** A new or flushed Redis: the group comes back, and the sweeper re-enqueues what PostgreSQL still has unfinished. */
    private void recreateGroup() {
        try {
            createGroup();
        } catch (RuntimeException e) {
            readFailed(e);
        }
    }

    private StreamMessage<String, String> readOne() {
        List<StreamMessage<String, String>> messages = readerConnection().sync().xreadgroup(consumer,
                XReadArgs.Builder.block(settings.block()).count(1), XReadArgs.StreamOffset.lastConsumed(stream));
        return messages == null || messages.isEmpty() ? null : messages.get(0);
    }

    private StatefulRedisConnection<String, String> readerConnection() {
        StatefulRedisConnection<String, String> connection = reader;
        if (connection == null || !connection.isOpen()) {
            connection = client.connect();
            // The command timeout must outlast the blocking read itself.
            connection.setTimeout(settings.block().plusSeconds(5));
            reader = connection;
            if (stopped) {
                connection.close();
            }
        }
        return connection;
    }

    /** Creates the stream and the group from its first entry, so messages added before the group are delivered too. */
    void createGroup() {
        try {
            commands.xgroupCreate(XReadArgs.StreamOffset.from(stream, "0"), WorkStreams.GROUP, XGroupCreateArgs.Builder.mkstream());
        } catch (RedisCommandExecutionException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("BUSYGROUP")) {
                throw e;
            }
        }
    }

    /** Renews the claim of running jobs (XCLAIM JUSTID resets their idle time and, unlike a redelivery, not the count). */
    void renewClaims() {
        if (!running.isEmpty()) {
            commands.xclaim(stream, consumer, XClaimArgs.Builder.justid().minIdleTime(0), running.toArray(String[]::new));
        }
    }

    /**
     * Takes over messages whose backoff has run out: left by a consumer that died (or a previous run of this one), or
     * a failed attempt waiting for its retry. XCLAIM with the message's own min-idle time makes the takeover atomic,
     * so of several instances reclaiming at once only one gets each message.
     */
    void reclaim() {
        int free = 0;
        while (slots.tryAcquire()) {
            free++;
        }
        try {
            if (free == 0) {
                return;
            }
            for (PendingMessage pending : due(free)) {
                long deliveries = pending.getRedeliveryCount();
                List<StreamMessage<String, String>> claimed = commands.xclaim(stream, consumer,
                        XClaimArgs.Builder.minIdleTime(backoff.idleBefore(deliveries)), pending.getId());
                StreamMessage<String, String> message = claimed.isEmpty() ? null : claimed.get(0);
                if (message == null || message.getBody() == null || message.getBody().isEmpty()) {
                    dropIfTrimmed(pending.getId());
                    continue;
                }
                free--;
                dispatch(message, deliveries + 1);
            }
        } finally {
            slots.release(free);
        }
    }

    /**
     * Up to {@code wanted} pending messages due for another delivery, oldest first. XPENDING's IDLE filter (Redis
     * 6.2) leaves out those idle less than claim-idle; each page is then checked against the backoff of its
     * delivery count, and later pages are read while too few were due.
     */
    private List<PendingMessage> due(int wanted) {
        List<PendingMessage> due = new ArrayList<>();
        String from = "-";
        for (int page = 0; page < MAX_PENDING_PAGES && due.size() < wanted; page++) {
            List<PendingMessage> idle = commands.xpending(stream, XPendingArgs.Builder.xpending(WorkStreams.GROUP,
                    Range.create(from, "+"), Limit.from(PENDING_PAGE)).idle(settings.claimIdle()));
            for (PendingMessage pending : idle) {
                if (due.size() < wanted && pending.getSinceLastDelivery().compareTo(backoff.idleBefore(pending.getRedeliveryCount())) >= 0) {
                    due.add(pending);
                }
            }
            if (idle.size() < PENDING_PAGE) {
                break;
            }
            from = "(" + idle.get(idle.size() - 1).getId(); // exclusive start (Redis 6.2 XPENDING ranges)
        }
        return due;
    }

    /**
     * A pending id whose entry MAXLEN trimmed away is acknowledged (Redis 6.2 claims it with an empty body, 7.0 drops
     * it); the sweeper covers its job. An empty claim of an entry that still exists means another consumer won it.
     */
    private void dropIfTrimmed(String messageId) {
        if (commands.xrange(stream, Range.create(messageId, messageId)).isEmpty()) {
            commands.xack(stream, WorkStreams.GROUP, messageId);
        }
    }

    /** Runs the message on the executor; the caller holds a slot, released when it ends. */
    private void dispatch(StreamMessage<String, String> message, long delivery) {
        running.add(message.getId());
        try {
            executor.execute(() -> {
                try {
                    process(message, delivery);
                } finally {
                    running.remove(message.getId());
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            running.remove(message.getId());
            slots.release();
            throw e;
        }
    }

    private void process(StreamMessage<String, String> message, long delivery) {
        String jobId = message.getBody().get(WorkStreams.JOB);
        if (jobId == null) {
            LOG.warn("Dropping malformed {} message {}: no '{}' field", handler.kind(), message.getId(), WorkStreams.JOB);
            ack(message);
            return;
        }
        if (delivery > settings.maxAttempts()) {
            deadLetter(message, jobId, delivery, "Gave up after " + settings.maxAttempts()
                    + " attempts: each worker that took the job stopped before finishing it.");
            return;
        }
        try {
            handler.handle(new WorkItem(jobId, message.getId()));
            ack(message);
            count("done");
        } catch (Exception e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (delivery >= settings.maxAttempts()) {
                LOG.warn("{} job {} failed on its last attempt ({} of {})", handler.kind(), jobId, delivery, settings.maxAttempts(), e);
                deadLetter(message, jobId, delivery, "Failed " + delivery + " times; last error: " + why);
            } else {
                LOG.warn("{} job {} failed (attempt {} of {}), retried once idle for {}: {}", handler.kind(), jobId, delivery,
                        settings.maxAttempts(), backoff.idleBefore(delivery), why);
                count("retried");
            }
        }
    }

    /** Marks the job FAILED, keeps the message with its reason in the dead-letter stream and acks it here. */
    private void deadLetter(StreamMessage<String, String> message, String jobId, long delivery, String reason) {
        try {
            if (handler.giveUp(jobId, reason)) {
                commands.xadd(WorkStreams.deadLetters(handler.kind()), deadLetterTrim, Map.of(
                        WorkStreams.JOB, jobId, "reason", reason, "deliveries", Long.toString(delivery),
                        "consumer", consumer.getName(), "message", message.getId(), "failedAt", Instant.now().toString()));
                count("dead_lettered");
            }
            ack(message);
        } catch (RuntimeException e) {
            // Still pending: the next reclaim finds it past max-attempts and tries this again.
            LOG.warn("{} job {} could not be dead-lettered yet: {}", handler.kind(), jobId, e.getMessage());
        }
    }

    private void ack(StreamMessage<String, String> message) {
        commands.xack(stream, WorkStreams.GROUP, message.getId());
    }

    private void count(String outcome) {
        metrics.counter("applypilot.work.jobs", "kind", handler.kind(), "outcome", outcome).increment();
    }

    private void redisUp() {
        if (redisDown) {
            redisDown = false;
            LOG.info("Work stream {} readable again", stream);
        }
    }

    private void readFailed(RuntimeException e) {
        if (stopped) {
            return;
        }
        if (!redisDown) {
            redisDown = true;
            LOG.warn("Work stream {} not readable, retrying every second: {}", stream, e.getMessage());
        }
        try {
            Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    String kind() {
        return handler.kind();
    }
}
