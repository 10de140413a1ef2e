package dev.applypilot.server.platform;

import dev.applypilot.server.jobs.JobPayloads;
import dev.applypilot.server.sync.SyncClient;
import dev.applypilot.shared.sync.SyncFrame;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Compose topology without Docker (no engine or image registry on these machines): two server replicas on one
 * PostgreSQL and one Redis behind a real nginx running {@code deploy/nginx.conf} as shipped, with only the upstream
 * addresses and the listen port rewritten. Proves the WebSocket upgrade, the body limit and fail-over of that file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NginxReplicasIT {
    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private Path prefix;
    private EmbeddedServer first;
    private EmbeddedServer second;
    private Process nginx;
    private URI front;
    private TestApi api;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Files.isExecutable(NGINX), "nginx is not installed (apt-get install nginx; .ci/run does)");
        first = TestServers.start();
        second = TestServers.start();
        int port = FreePort.find();
        // nginx's workers drop root to "nobody" and still write their temp files here.
        prefix = Files.setPosixFilePermissions(Files.createTempDirectory("nginx"), PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.writeString(prefix.resolve("nginx.conf"), wrap(shippedConfig(first.getPort(), second.getPort(), port)));
        nginx = new ProcessBuilder(NGINX.toString(), "-p", prefix.toString(), "-c", "nginx.conf", "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
        front = URI.create("http://127.0.0.1:" + port);
        api = new TestApi(front, first.getApplicationContext().getBean(JsonMapper.class));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!answers(api) && System.nanoTime() < deadline) {
            assertTrue(nginx.isAlive(), () -> "nginx exited: " + read(prefix.resolve("nginx.out")));
            Thread.sleep(100);
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(5, TimeUnit.SECONDS);
        }
        if (prefix != null) {
            try (var files = Files.walk(prefix)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        if (first != null && first.isRunning()) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void socketsUpgradeThroughNginxAndTheUserKeepsWorkingWhenAReplicaDies() {
        assertEquals(200, api.get("/health/readiness", null).status());
        String token = api.register().text("accessToken");

        long lastEventId;
        try (SyncClient socket = SyncClient.connect(front, token)) {
            assertEquals("bearer", socket.subprotocol(), "the subprotocol survives the proxy");
            socket.send(new SyncFrame.Hello(0));
            socket.await(frame -> frame instanceof SyncFrame.Welcome, WAIT);
            // Round robin spreads these over both replicas; each event reaches the socket wherever it is.
            for (int i = 0; i < 4; i++) {
                assertEquals(201, api.postRaw("/api/v1/jobs", JobPayloads.fresh(), token).status());
                SyncFrame.Event event = (SyncFrame.Event) socket.await(frame -> frame instanceof SyncFrame.Event, WAIT);
                assertEquals(i + 1, event.id());
            }
            lastEventId = 4;
        }

        first.close();
        for (int i = 0; i < 6; i++) {
            assertEquals(200, api.get("/api/v1/jobs", token).status(), "reads go to the live replica");
        }
        assertEquals(201, api.postRaw("/api/v1/jobs", JobPayloads.fresh(), token).status(), "a write is not lost either");
        try (SyncClient socket = SyncClient.connect(front, token)) {
            socket.send(new SyncFrame.Hello(lastEventId));
            SyncFrame.Event missed = (SyncFrame.Event) socket.await(frame -> frame instanceof SyncFrame.Event, WAIT);
            assertEquals(5, missed.id(), "the reconnected socket replays exactly the event it missed");
        }
    }

    @Test
    void anOversizeBodyGetsTheServersOwnErrorShapeNotAnNginxPage() {
        String token = api.register().text("accessToken");
        TestApi.Response response = api.postRaw("/api/v1/jobs", "{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}", token);
        assertEquals(413, response.status());
        assertEquals("payload_too_large", response.text("error"));
    }

    private static String shippedConfig(int firstPort, int secondPort, int listenPort) throws IOException {
        String shipped = Files.readString(Path.of("..", "deploy", "nginx.conf"));
        String local = shipped.replace("app1:8080", "127.0.0.1:" + firstPort)
                .replace("app2:8080", "127.0.0.1:" + secondPort)
                .replace("listen 80;", "listen 127.0.0.1:" + listenPort + ";");
        for (String changed : List.of("127.0.0.1:" + firstPort, "127.0.0.1:" + secondPort, "listen 127.0.0.1:")) {
            assertTrue(local.contains(changed), "deploy/nginx.conf no longer has the line this test rewrites: " + changed);
        }
        return local;
    }

    /** deploy/nginx.conf is a conf.d file; this is the minimal main context the nginx image wraps it in. */
    private String wrap(String serverBlocks) {
        return """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                %2$s
                }
                """.formatted(prefix, serverBlocks);
    }

    private static boolean answers(TestApi api) {
        try {
            return api.get("/health/liveness", null).status() == 200;
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
