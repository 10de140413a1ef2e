package dev.applypilot.server.work;

import io.lettuce.core.Consumer;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Consumers left in a group by instances that died, on real server instances and the real Redis: one holding nothing
 * is removed once idle past the limit, one still holding a message stays until that message is reclaimed, and a live
 * instance's consumer is never removed.
 */
class IdleConsumerPrunerIT {
    private static final String STREAM = WorkStreams.stream("resume-parse");
    private static final Map<String, Object> FAST = Map.of("applypilot.work.claim-idle", "1s",
            "applypilot.work.reclaim-interval", "300ms", "applypilot.work.block", "500ms",
            "applypilot.work.consumer-idle-limit", "2s", "applypilot.work.sweep-interval", "500ms");

    @Test
    void aDeadInstancesConsumerIsRemovedOnceItHoldsNothingWhileALiveOneStays() throws Exception {
        Map<String, Object> webOnly = new HashMap<>(FAST);
        webOnly.put("applypilot.work.consume", "false");
        try (EmbeddedServer web = start(webOnly);
             StatefulRedisConnection<String, String> connection = web.getApplicationContext().getBean(RedisClient.class).connect()) {
            RedisCommands<String, String> redis = connection.sync();
            try {
                redis.xgroupCreate(XReadArgs.StreamOffset.from(STREAM, "0"), WorkStreams.GROUP, XGroupCreateArgs.Builder.mkstream());
            } catch (RedisBusyException exists) {
                // created by an earlier test in this JVM
            }
            Consumer<String> idle = Consumer.from(WorkStreams.GROUP, "dead-idle-" + UUID.randomUUID());
            Consumer<String> holding = Consumer.from(WorkStreams.GROUP, "dead-holding-" + UUID.randomUUID());
            redis.xgroupCreateconsumer(STREAM, idle);
            long started = System.nanoTime();
            takeNewMessage(redis, holding, redis.xadd(STREAM, WorkStreams.JOB, UUID.randomUUID().toString()));

            await(() -> !consumers(redis).contains(idle.getName()), "the idle consumer was never removed");
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis >= 2000, "removed only after the 2 s limit: " + millis + " ms");
            Thread.sleep(1500); // the holding consumer is idle past the limit too, through more prune rounds
            assertTrue(consumers(redis).contains(holding.getName()), "a consumer holding a message stays");

            Set<String> before = consumers(redis);
            try (EmbeddedServer worker = start(FAST)) {
                await(() -> !consumers(redis).contains(holding.getName()), "its message reclaimed, the holding consumer goes too");
                Set<String> added = new HashSet<>(consumers(redis));
                added.removeAll(before);
                assertEquals(1, added.size(), "the live worker's consumer: " + added);
                Thread.sleep(3000);
                assertTrue(consumers(redis).containsAll(added), "a live consumer is never removed, though it holds nothing");
            }
            assertFalse(consumers(redis).stream().anyMatch(name -> name.startsWith("dead-")), consumers(redis).toString());
        }
    }

    /** Reads as {@code consumer} until the message {@code id} arrives; messages other tests left unread are acknowledged. */
    private static void takeNewMessage(RedisCommands<String, String> redis, Consumer<String> consumer, String id) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (StreamMessage<String, String> message : redis.xreadgroup(consumer, XReadArgs.Builder.block(500).count(1),
                    XReadArgs.StreamOffset.lastConsumed(STREAM))) {
                if (message.getId().equals(id)) {
                    return;
                }
                redis.xack(STREAM, WorkStreams.GROUP, message.getId());
            }
        }
        fail("message " + id + " never arrived");
    }

    private static Set<String> consumers(RedisCommands<String, String> redis) {
        Set<String> names = new HashSet<>();
        for (Object consumer : redis.xinfoConsumers(STREAM, WorkStreams.GROUP)) {
            List<?> fields = (List<?>) consumer;
            names.add(String.valueOf(fields.get(fields.indexOf("name") + 1)));
        }
        return names;
    }

    private static void await(BooleanSupplier condition, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail(failure);
            }
            Thread.sleep(100);
        }
    }

    private static EmbeddedServer start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("micronaut.server.port", -1);
        return ApplicationContext.builder().environments("test").properties(all).start().getBean(EmbeddedServer.class).start();
    }
}
