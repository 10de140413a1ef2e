package dev.applypilot.server.work;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Starts one {@link StreamWorker} per {@link WorkHandler} when this instance consumes work, and keeps their claims:
 * every reclaim-interval it renews the claims of running jobs, takes over messages left idle by dead consumers or
 * due for a retry, and renews this instance's liveness key.
 */
@Context
class WorkConsumers {
    private static final Logger LOG = LoggerFactory.getLogger(WorkConsumers.class);
    /** How long shutdown waits for running jobs; longer ones (a slow model call) are reclaimed elsewhere. */
    private static final Duration DRAIN = Duration.ofSeconds(10);
    private final List<StreamWorker> workers;
    private final WorkSettings settings;
    private final RedisCommands<String, String> redis;
    private final String consumerName = consumerName();

    WorkConsumers(List<WorkHandler> handlers, WorkSettings settings, RedisClient client, StatefulRedisConnection<String, String> redis,
                  @Named(TaskExecutors.BLOCKING) ExecutorService executor, MeterRegistry metrics) {
        this.settings = settings;
        this.redis = redis.sync();
        this.workers = handlers.stream()
                .map(handler -> new StreamWorker(handler, settings, consumerName, client, redis, executor, metrics))
                .toList();
    }

    @PostConstruct
    void start() {
        if (!settings.consume()) {
            LOG.info("Work consumers off (applypilot.work.consume=false): this instance only enqueues");
            return;
        }
        markAlive();
        for (StreamWorker worker : workers) {
            try {
                worker.createGroup();
            } catch (RedisException e) {
                LOG.warn("Work group for {} not created yet (Redis unavailable); the reader retries: {}", worker.kind(), e.getMessage());
            }
            worker.start();
        }
        LOG.info("Work consumer {} reading {}", consumerName, workers.stream().map(StreamWorker::kind).toList());
    }

    @PreDestroy
    void stop() {
        if (settings.consume()) {
            workers.forEach(worker -> worker.stop(DRAIN));
            try {
                redis.del(WorkStreams.alive(consumerName));
            } catch (RedisException e) {
                LOG.debug("Liveness key of {} left to expire: {}", consumerName, e.getMessage());
            }
        }
    }

    @Scheduled(fixedDelay = "${applypilot.work.reclaim-interval}", initialDelay = "${applypilot.work.reclaim-interval}")
    void keepClaims() {
        if (!settings.consume()) {
            return;
        }
        markAlive();
        for (StreamWorker worker : workers) {
            try {
                worker.renewClaims();
                worker.reclaim();
            } catch (RedisException e) {
                LOG.debug("Claims of {} not kept this round: {}", worker.kind(), e.getMessage());
            }
        }
    }

    /**
     * Tells {@link IdleConsumerPruner} this consumer's instance still runs. Its idle time in XINFO CONSUMERS cannot:
     * before Redis 7.2 an XREADGROUP that finds nothing does not reset it, so a live instance without work looks idle.
     */
    private void markAlive() {
        try {
            redis.set(WorkStreams.alive(consumerName), "1", SetArgs.Builder.px(settings.consumerIdleLimit()));
        } catch (RedisException e) {
            LOG.debug("Liveness of {} not renewed this round: {}", consumerName, e.getMessage());
        }
    }

    /** Host, process id and a random suffix: unique per running instance, also for several in one JVM (tests). */
    private static String consumerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "host";
        }
        byte[] suffix = new byte[3];
        ThreadLocalRandom.current().nextBytes(suffix);
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid() + "-" + HexFormat.of().formatHex(suffix);
    }
}
