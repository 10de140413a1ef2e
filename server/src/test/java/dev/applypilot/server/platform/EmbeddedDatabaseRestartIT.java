package dev.applypilot.server.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server killed with SIGKILL leaves its embedded PostgreSQL running on the data directory; the next start must
 * stop that orphan and come up on the same data.
 */
class EmbeddedDatabaseRestartIT {
    @TempDir
    Path dataDirectory;

    @Test
    void startsAgainAfterTheServerWasKilled() throws Exception {
        Process first = probe();
        awaitReady(first);
        long orphan = Long.parseLong(Files.readAllLines(dataDirectory.resolve("pg18/postmaster.pid")).get(0).trim());
        first.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "SIGKILL leaves postgres running");

        Process second = probe();
        try {
            awaitReady(second);
            assertFalse(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "the orphan was stopped");
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process probe() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseProbe.class.getName(), dataDirectory.toString()))
                .redirectErrorStream(true).start();
    }

    private static void awaitReady(Process process) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String line;
        while (System.nanoTime() < deadline && (line = output.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.startsWith("READY ")) {
                return;
            }
        }
        throw new AssertionError("the embedded database did not start:\n" + seen);
    }
}
