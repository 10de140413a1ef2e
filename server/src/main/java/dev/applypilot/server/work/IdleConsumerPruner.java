package dev.applypilot.server.work;

import io.lettuce.core.Consumer;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes from each kind's group the consumers of instances that are gone: an instance killed without its shutdown
 * hook (OOM, SIGKILL, a lost node) never leaves the group itself. A consumer goes only when it holds nothing
 * (its messages were reclaimed by then), has been idle past {@code consumer-idle-limit} and its instance's liveness
 * key (renewed by {@link WorkConsumers}) has expired. Runs on every instance, also web-only ones, since it only needs
 * Redis.
 */
@Singleton
class IdleConsumerPruner {
    private static final Logger LOG = LoggerFactory.getLogger(IdleConsumerPruner.class);
    private final List<WorkHandler> handlers;
    private final WorkSettings settings;
    private final RedisCommands<String, String> redis;

    IdleConsumerPruner(List<WorkHandler> handlers, WorkSettings settings, StatefulRedisConnection<String, String> redis) {
        this.handlers = handlers;
        this.settings = settings;
        this.redis = redis.sync();
    }

    @Scheduled(fixedDelay = "${applypilot.work.sweep-interval}", initialDelay = "${applypilot.work.sweep-interval}")
    void prune() {
        for (WorkHandler handler : handlers) {
            String stream = WorkStreams.stream(handler.kind());
            try {
                for (Object entry : redis.xinfoConsumers(stream, WorkStreams.GROUP)) {
                    Map<String, Object> consumer = fields((List<?>) entry);
                    String name = String.valueOf(consumer.get("name"));
                    // DELCONSUMER drops whatever the consumer holds by then; should a message have reached it since
                    // XINFO, its reply says so and the sweeper re-enqueues that job from PostgreSQL.
                    if (number(consumer, "pending") == 0 && number(consumer, "idle") >= settings.consumerIdleLimit().toMillis()
                            && redis.exists(WorkStreams.alive(name)) == 0) {
                        Long dropped = redis.xgroupDelconsumer(stream, Consumer.from(WorkStreams.GROUP, name));
                        LOG.info("Removed consumer {} from {} (idle past {}){}", name, stream, settings.consumerIdleLimit(),
                                dropped != null && dropped > 0 ? "; its " + dropped + " pending message(s) are left to the sweeper" : "");
                    }
                }
            } catch (RedisCommandExecutionException e) {
                LOG.debug("No consumers of {} to prune: {}", stream, e.getMessage()); // NOGROUP: no group yet
            } catch (RedisException e) {
                LOG.debug("Consumers of {} not pruned this round: {}", stream, e.getMessage());
            }
        }
    }

    /** XINFO CONSUMERS describes each consumer as a flat list of field names and values. */
    private static Map<String, Object> fields(List<?> flat) {
        Map<String, Object> fields = new HashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            fields.put(String.valueOf(flat.get(i)), flat.get(i + 1));
        }
        return fields;
    }

    private static long number(Map<String, Object> fields, String name) {
        return fields.get(name) instanceof Number number ? number.longValue() : -1;
    }
}
