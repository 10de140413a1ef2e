package dev.applypilot.server.platform;

import redis.embedded.RedisServer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real redis-server 6.2 (binaries shipped in the embedded-redis jar) for machines without one. It keeps nothing on
 * disk: Redis only holds short-lived state here (rate-limit windows, revoked access tokens, pub/sub).
 */
final class EmbeddedRedis {
    private static Map<String, Object> properties;

    private EmbeddedRedis() {
    }

    static synchronized Map<String, Object> start(Path dataDirectory) {
        if (properties != null) {
            return properties;
        }
        Path pidFile = dataDirectory.resolve("redis.pid");
        StaleProcess.stop(pidFile, "redis-server");
        int port = FreePort.find();
        try {
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .setting("pidfile " + pidFile)
                    .build();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "embedded-redis-stop"));
            EmbeddedServices.LOG.info("Redis: embedded redis-server on port {}", port);
            properties = Map.of("redis.uri", "redis://127.0.0.1:" + port);
            return properties;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The embedded redis-server did not start; set REDIS_URL to an external Redis. Cause: " + e.getMessage(), e);
        }
    }

    private static void stop(RedisServer server) {
        try {
            server.stop();
        } catch (IOException e) {
            EmbeddedServices.LOG.warn("Embedded Redis did not stop cleanly: {}", e.getMessage());
        }
    }
}
