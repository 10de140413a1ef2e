package dev.applypilot.server.platform;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;

/**
 * Decides, before the application context starts, whether ApplyPilot talks to external PostgreSQL and Redis
 * (configured through {@code DATABASE_URL}/{@code REDIS_URL} or Micronaut's own keys) or starts real embedded
 * ones. Runs for the application and for every test context alike, so there is one code path: always PostgreSQL
 * and Redis, never an in-memory stand-in.
 */
@ContextConfigurer
public final class EmbeddedServices implements ApplicationContextConfigurer {
    static final Logger LOG = LoggerFactory.getLogger(EmbeddedServices.class);

    @Override
    public void configure(ApplicationContextBuilder builder) {
        Map<String, Object> properties = new HashMap<>();
        properties.putAll(database());
        properties.putAll(redis());
        properties.put(JwtSecret.PROPERTY, JwtSecret.resolve());
        builder.properties(properties);
    }

    private static Map<String, Object> database() {
        String micronautUrl = setting("datasources.default.url", "DATASOURCES_DEFAULT_URL");
        if (micronautUrl != null) {
            LOG.info("Database: external PostgreSQL at {}", ExternalUrls.redact(micronautUrl));
            return Map.of();
        }
        String databaseUrl = setting("applypilot.database-url", "DATABASE_URL");
        if (databaseUrl != null) {
            ExternalUrls.Jdbc jdbc = ExternalUrls.jdbc(databaseUrl);
            LOG.info("Database: external PostgreSQL at {}", ExternalUrls.redact(jdbc.url()));
            return jdbc.properties();
        }
        return EmbeddedDatabase.start(DataDirectory.resolve());
    }

    private static Map<String, Object> redis() {
        String url = setting("redis.uri", "REDIS_URI");
        if (url == null) {
            url = setting("applypilot.redis-url", "REDIS_URL");
        }
        if (url != null) {
            LOG.info("Redis: external server at {}", ExternalUrls.redact(url));
            return Map.of("redis.uri", url);
        }
        return EmbeddedRedis.start(DataDirectory.resolve());
    }

    private static String setting(String property, String environmentVariable) {
        String value = System.getProperty(property, System.getenv(environmentVariable));
        return value == null || value.isBlank() ? null : value.trim();
    }
}
