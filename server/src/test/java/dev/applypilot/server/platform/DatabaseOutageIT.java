package dev.applypilot.server.platform;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** PostgreSQL restarts under a running server: requests fail cleanly (503), then work again without a server restart. */
class DatabaseOutageIT {
    @TempDir
    Path dataDirectory;

    @Test
    void answers503WhileTheDatabaseIsDownAndRecoversAfterItsRestart() throws Exception {
        int port = FreePort.find();
        EmbeddedPostgres postgres = start(port);
        try (ApplicationContext context = ApplicationContext.builder().environments("test").properties(Map.of(
                "micronaut.server.port", -1,
                "datasources.default.url", postgres.getJdbcUrl("postgres", "postgres"),
                "datasources.default.connection-timeout", 2000)).start()) {
            assertEquals(postgres.getJdbcUrl("postgres", "postgres"), context.getProperty("datasources.default.url", String.class).orElseThrow());
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            TestApi api = new TestApi(server.getURI(), context.getBean(JsonMapper.class));
            String token = api.register().text("accessToken");
            assertEquals(200, api.get("/api/v1/me", token).status());

            postgres.close();
            TestApi.Response down = api.get("/api/v1/me", token);
            assertEquals(503, down.status(), down.raw().body());
            assertEquals("database_unavailable", down.text("error"));
            assertEquals("5", down.header("Retry-After"));

            postgres = start(port);
            assertEquals(200, eventually(() -> api.get("/api/v1/me", token).status(), 200));
        } finally {
            postgres.close();
        }
    }

    private EmbeddedPostgres start(int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port).start();
    }

    static int eventually(java.util.function.IntSupplier status, int wanted) throws InterruptedException {
        int last = -1;
        for (int i = 0; i < 60 && last != wanted; i++) {
            last = status.getAsInt();
            if (last != wanted) {
                Thread.sleep(500);
            }
        }
        return last;
    }
}
