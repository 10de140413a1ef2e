package dev.applypilot.server.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Stops a server process left behind by a JVM that was killed with SIGKILL: its shutdown hook never ran, so the
 * embedded PostgreSQL or redis-server still holds the data directory (PostgreSQL then refuses to start on it).
 */
final class StaleProcess {
    private StaleProcess() {
    }

    /** Terminates the process named in the first line of {@code pidFile} when it is still alive and runs {@code command}. */
    static void stop(Path pidFile, String command) {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        pid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.contains(command)).orElse(false)
                        || commandLine(process.pid()).contains(command))
                .ifPresent(StaleProcess::terminate);
    }

    private static Optional<Long> pid(Path pidFile) {
        try {
            String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
            return first.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void terminate(ProcessHandle process) {
        EmbeddedServices.LOG.warn("Stopping {} (pid {}) left running by an earlier server that was killed", process.info().command().orElse("process"), process.pid());
        process.destroy();
        try {
            process.onExit().get(Duration.ofSeconds(15).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
