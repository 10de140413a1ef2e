package dev.applypilot.server.sync;

import dev.applypilot.server.platform.TestServers;
import io.micronaut.runtime.server.EmbeddedServer;

/** Run in a child JVM by {@link SyncKillIT}: one server instance on the parent's PostgreSQL and Redis, until killed. */
public final class SyncServerProcess {
    private SyncServerProcess() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedServer server = TestServers.start();
        System.out.println("READY " + server.getURI());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
