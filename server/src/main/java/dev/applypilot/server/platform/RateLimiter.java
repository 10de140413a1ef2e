package dev.applypilot.server.platform;

import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Fixed-window counters in Redis, so a limit holds across server instances. When Redis is unreachable the request
 * is let through (logged): an outage of the limiter must not lock every user out of signing in.
 */
@Singleton
public class RateLimiter {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);
    private final StatefulRedisConnection<String, String> redis;

    public RateLimiter(StatefulRedisConnection<String, String> redis) {
        this.redis = redis;
    }

    /** Counts one hit of {@code subject} against {@code limit} per {@code window}; throws a 429 once it is exceeded. */
    public void hit(String bucket, String subject, int limit, Duration window) {
        long windowSeconds = window.toSeconds();
        long windowIndex = System.currentTimeMillis() / 1000 / windowSeconds;
        String key = "rl:" + bucket + ":" + subject + ":" + windowIndex;
        try {
            RedisCommands<String, String> commands = redis.sync();
            long count = commands.incr(key);
            if (count == 1) {
                commands.expire(key, windowSeconds);
            }
            if (count > limit) {
                long ttl = commands.ttl(key);
                throw ApiException.tooManyRequests(Math.max(1, ttl));
            }
        } catch (RedisException e) {
            LOG.warn("Rate limit {} not checked, Redis unavailable: {}", bucket, e.getMessage());
        }
    }
}
