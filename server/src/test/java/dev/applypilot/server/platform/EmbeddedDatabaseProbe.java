package dev.applypilot.server.platform;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;

/** Run in a child JVM by {@link EmbeddedDatabaseRestartIT}: starts the embedded PostgreSQL, proves it answers, then waits to be killed. */
public final class EmbeddedDatabaseProbe {
    public static void main(String[] args) throws Exception {
        Map<String, Object> properties = EmbeddedDatabase.start(Path.of(args[0]));
        String url = (String) properties.get("datasources.default.url");
        try (var connection = DriverManager.getConnection(url, "postgres", "");
             var result = connection.createStatement().executeQuery("select pg_backend_pid()")) {
            result.next();
            System.out.println("READY " + url);
            System.out.flush();
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
