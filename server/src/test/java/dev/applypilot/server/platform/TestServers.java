package dev.applypilot.server.platform;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.util.Map;

/** Starts an extra server instance on the same PostgreSQL and Redis, as a second replica would run in production. */
public final class TestServers {
    private TestServers() {
    }

    public static EmbeddedServer start() {
        ApplicationContext context = ApplicationContext.builder()
                .environments("test")
                .properties(Map.of("micronaut.server.port", -1))
                .start();
        return context.getBean(EmbeddedServer.class).start();
    }
}
