package dev.applypilot.server.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the server keeps state that must survive restarts when no external services are configured:
 * the embedded PostgreSQL cluster and the generated JWT secret.
 * Read before the application context exists, so it looks at system properties and the environment only.
 */
public final class DataDirectory {
    private DataDirectory() {
    }

    public static Path resolve() {
        String configured = System.getProperty("applypilot.data-dir", System.getenv("APPLYPILOT_DATA_DIR"));
        Path dir = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".applypilot");
        try {
            return Files.createDirectories(dir.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir + "; set APPLYPILOT_DATA_DIR to a writable folder", e);
        }
    }
}
