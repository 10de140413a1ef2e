package dev.applypilot.server.auth;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps every instance's {@link RevokedTokens} in step through Redis. A revocation is stored as a key with the
 * covered tokens' lifetime (so an instance that (re)connects can reload the whole list) and published; each
 * subscribed instance applies it and acknowledges, and the revoking request returns once all have, or after
 * {@link #ACK_TIMEOUT}. So a token signed out on one instance is refused on every connected instance by the time
 * the sign-out answers. An instance cut off from Redis reloads the list as soon as its subscription is back.
 * Created with the context (not on the first request) so the list is loaded before the first request is served.
 */
@Context
class RevocationBroadcast {
    static final String CHANNEL = "applypilot:revocations";
    static final String ACK_CHANNEL = "applypilot:revocations:ack";
    /** Upper bound on how long a sign-out waits for a slow or stuck instance; past it that instance may lag. */
    static final Duration ACK_TIMEOUT = Duration.ofSeconds(1);
    private static final String TOKEN_KEY = "revoked:jti:";
    private static final String USER_KEY = "revoked:before:";
    /** What Redis TTL answers for a key that expired between SCAN and TTL. */
    private static final long NO_SUCH_KEY = -2;
    private static final Logger LOG = LoggerFactory.getLogger(RevocationBroadcast.class);

    private final StatefulRedisConnection<String, String> redis;
    private final StatefulRedisPubSubConnection<String, String> pubSub;
    private final RevokedTokens revoked;
    private final ExecutorService blocking;
    private final long userEntrySeconds;
    private final Map<String, Semaphore> awaitedAcks = new ConcurrentHashMap<>();

    RevocationBroadcast(StatefulRedisConnection<String, String> redis, StatefulRedisPubSubConnection<String, String> pubSub,
                        RevokedTokens revoked, @Named(TaskExecutors.BLOCKING) ExecutorService blocking, AuthSettings settings) {
        this.redis = redis;
        this.pubSub = pubSub;
        this.revoked = revoked;
        this.blocking = blocking;
        this.userEntrySeconds = settings.accessTokenTtl().toSeconds() + RevokedTokens.SKEW_SECONDS;
    }

    /** Subscribes, then loads the list before this instance serves its first request. */
    @PostConstruct
    void start() {
        pubSub.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                if (CHANNEL.equals(channel)) {
                    apply(message);
                } else if (ACK_CHANNEL.equals(channel)) {
                    Semaphore acks = awaitedAcks.get(message);
                    if (acks != null) {
                        acks.release();
                    }
                }
            }

            @Override
            public void subscribed(String channel, long count) {
                // After every reconnect (Lettuce re-subscribes), revocations published meanwhile are only in the keys.
                // At start this repeats the load below; loading is idempotent.
                if (CHANNEL.equals(channel)) {
                    blocking.execute(RevocationBroadcast.this::reload);
                }
            }
        });
        try {
            pubSub.sync().subscribe(CHANNEL, ACK_CHANNEL);
            reload();
        } catch (RedisException e) {
            LOG.warn("Revoked access tokens not loaded yet, Redis unavailable ({}); loading them once subscribed", e.getMessage());
        }
    }

    /** Stores and announces a revoked token; throws {@link RedisException} when Redis is unreachable. */
    void token(String jti, long expiresAt) {
        long seconds = Math.max(1, expiresAt - Instant.now().getEpochSecond());
        announce(() -> redis.sync().setex(TOKEN_KEY + jti, seconds, "1"), "token " + jti + " " + expiresAt);
    }

    /** Stores and announces "every token of this user issued up to {@code before}"; throws {@link RedisException}. */
    void userBefore(String userId, long before) {
        announce(() -> redis.sync().setex(USER_KEY + userId, userEntrySeconds, Long.toString(before)), "user " + userId + " " + before);
    }

    private void announce(Runnable store, String change) {
        String id = UUID.randomUUID().toString();
        Semaphore acks = new Semaphore(0);
        awaitedAcks.put(id, acks);
        try {
            store.run();
            long receivers = redis.sync().publish(CHANNEL, id + " " + change);
            if (!acks.tryAcquire((int) receivers, ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Revocation {} acknowledged by {} of {} instances within {}", id, acks.availablePermits(), receivers, ACK_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            awaitedAcks.remove(id);
        }
    }

    /** "{id} token {jti} {expiresAt}" or "{id} user {userId} {before}"; acknowledged only once applied. */
    private void apply(String message) {
        String[] parts = message.split(" ");
        if (parts.length != 4) {
            LOG.warn("Ignoring a malformed revocation message");
            return;
        }
        try {
            long epochSeconds = Long.parseLong(parts[3]);
            if ("token".equals(parts[1])) {
                revoked.token(parts[2], epochSeconds);
            } else if ("user".equals(parts[1])) {
                revoked.userBefore(parts[2], epochSeconds);
            } else {
                LOG.warn("Ignoring a revocation message of unknown kind {}", parts[1]);
                return;
            }
        } catch (NumberFormatException e) {
            LOG.warn("Ignoring a malformed revocation message");
            return;
        }
        redis.async().publish(ACK_CHANNEL, parts[0]);
    }

    /** Loads every stored revocation; a token entry lives as long as its key (the token's remaining lifetime). */
    private void reload() {
        try {
            ScanArgs pattern = ScanArgs.Builder.matches("revoked:*").limit(500);
            KeyScanCursor<String> cursor = redis.sync().scan(pattern);
            load(cursor.getKeys());
            while (!cursor.isFinished()) {
                cursor = redis.sync().scan(cursor, pattern);
                load(cursor.getKeys());
            }
        } catch (RedisException e) {
            LOG.warn("Revoked access tokens not reloaded, Redis unavailable ({}); retried on the next reconnect", e.getMessage());
        }
    }

    private void load(List<String> keys) {
        RedisAsyncCommands<String, String> async = redis.async();
        List<String> tokenKeys = keys.stream().filter(key -> key.startsWith(TOKEN_KEY)).toList();
        List<String> userKeys = keys.stream().filter(key -> key.startsWith(USER_KEY)).toList();
        // Pipelined: one batch of commands per SCAN page, then one wait.
        List<RedisFuture<Long>> ttls = tokenKeys.stream().map(async::ttl).toList();
        List<RedisFuture<String>> befores = userKeys.stream().map(async::get).toList();
        List<Future<?>> all = new ArrayList<>(ttls);
        all.addAll(befores);
        if (!LettuceFutures.awaitAll(redis.getTimeout(), all.toArray(new Future<?>[0]))) {
            throw new RedisException("Timed out reading revoked access tokens");
        }
        long now = Instant.now().getEpochSecond();
        for (int i = 0; i < tokenKeys.size(); i++) {
            long ttl = ttls.get(i).toCompletableFuture().join();
            if (ttl != NO_SUCH_KEY) {
                revoked.token(tokenKeys.get(i).substring(TOKEN_KEY.length()), ttl > 0 ? now + ttl : now + userEntrySeconds);
            }
        }
        for (int i = 0; i < userKeys.size(); i++) {
            String before = befores.get(i).toCompletableFuture().join();
            if (before != null) {
                revoked.userBefore(userKeys.get(i).substring(USER_KEY.length()), Long.parseLong(before));
            }
        }
    }
}
