package dev.applypilot.server.generation;

import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Per-user daily generation counters in Redis (UTC days), limits by plan. A failed generation gives its unit back.
 * When Redis is down generation is let through, as the platform rate limiter does.
 */
@Singleton
public class DailyQuota {
    private static final Logger LOG = LoggerFactory.getLogger(DailyQuota.class);

    private final StatefulRedisConnection<String, String> redis;
    private final PlanRepository plans;
    private final GenerationSettings settings;
    private final Clock clock = Clock.systemUTC();

    DailyQuota(StatefulRedisConnection<String, String> redis, PlanRepository plans, GenerationSettings settings) {
        this.redis = redis;
        this.plans = plans;
        this.settings = settings;
    }

    public String plan(UUID userId) {
        return plans.findById(userId).map(PlanRow::plan).orElse("free");
    }

    public int limit(String plan) {
        return "pro".equals(plan) ? settings.proDailyLimit() : settings.freeDailyLimit();
    }

    /** Counts one generation for today; throws {@link DailyLimitExceededException} once over the plan's limit. */
    void take(UUID userId) {
        String plan = plan(userId);
        int limit = limit(plan);
        String key = key(userId, LocalDate.now(clock));
        try {
            long count = redis.sync().incr(key);
            if (count == 1) {
                redis.sync().expire(key, 2 * 24 * 3600);
            }
            if (count > limit) {
                redis.sync().decr(key);
                Instant reset = LocalDate.now(clock).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                long seconds = Math.max(1, reset.getEpochSecond() - clock.instant().getEpochSecond());
                throw new DailyLimitExceededException(plan, limit, reset, seconds);
            }
        } catch (RedisException e) {
            LOG.warn("Generation limit not checked, Redis unavailable: {}", e.getMessage());
        }
    }

    /** Gives back the unit of a generation that failed. */
    void giveBack(UUID userId) {
        try {
            redis.sync().decr(key(userId, LocalDate.now(clock)));
        } catch (RedisException e) {
            LOG.warn("Generation unit not given back, Redis unavailable: {}", e.getMessage());
        }
    }

    /** Generations counted today. */
    public long usedToday(UUID userId) {
        try {
            String value = redis.sync().get(key(userId, LocalDate.now(clock)));
            return value == null ? 0 : Long.parseLong(value);
        } catch (RedisException e) {
            return -1;
        }
    }

    private static String key(UUID userId, LocalDate day) {
        return "gen:daily:" + userId + ":" + day;
    }
}
