package dev.applypilot.server.sync;

import dev.applypilot.server.jobs.JobPayloads;
import dev.applypilot.server.platform.TestApi;
import dev.applypilot.server.platform.TestServers;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.sync.SyncFrame;
import io.micronaut.context.env.Environment;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server instance is killed with SIGKILL while a client streams writes through it. The client reconnects to the
 * other instance, resends every write it has no ack for (same clientIds) and resumes from its last event id:
 * every write is applied exactly once and the client sees every event id exactly once, without gaps.
 */
class SyncKillIT {
    private static final int WRITES = 40;

    @Test
    void nothingIsLostOrDoubledWhenAnInstanceDiesMidStream() throws Exception {
        try (EmbeddedServer survivor = TestServers.start()) {
            Process doomed = child(survivor.getEnvironment());
            try {
                URI doomedUri = awaitReady(doomed);
                TestApi api = new TestApi(survivor.getURI(), survivor.getApplicationContext().getBean(JsonMapper.class));
                String token = api.register().text("accessToken");
                List<String> clientIds = new ArrayList<>();
                List<String> bodies = new ArrayList<>();
                for (int i = 0; i < WRITES; i++) {
                    clientIds.add(UUID.randomUUID().toString());
                    bodies.add(JobPayloads.fresh());
                }
                Set<String> acked = ConcurrentHashMap.newKeySet();
                Set<Long> seen = new TreeSet<>();
                List<Long> duplicates = new ArrayList<>();

                try (SyncClient client = SyncClient.connect(doomedUri, token)) {
                    client.onFrame(frame -> {
                        if (frame instanceof SyncFrame.Ack ack) {
                            acked.add(ack.clientId());
                        }
                    });
                    client.send(new SyncFrame.Hello(0));
                    for (int i = 0; i < WRITES; i++) {
                        client.send(new SyncFrame.Write(clientIds.get(i), "job.save", JsonParser.parse(bodies.get(i))));
                        Thread.sleep(10);
                        if (i == WRITES / 2) {
                            doomed.destroyForcibly(); // SIGKILL: no shutdown hooks, no goodbye
                        }
                    }
                } catch (RuntimeException dead) {
                    // Sending to a killed server fails; that is the point.
                }
                doomed.waitFor(20, TimeUnit.SECONDS);
                // What the first socket received before the kill cannot be read back reliably here, so replay from 0:
                // the survivor must deliver every id once.
                try (SyncClient client = SyncClient.connect(survivor.getURI(), token)) {
                    client.send(new SyncFrame.Hello(0));
                    for (int i = 0; i < WRITES; i++) {
                        if (!acked.contains(clientIds.get(i))) {
                            client.send(new SyncFrame.Write(clientIds.get(i), "job.save", JsonParser.parse(bodies.get(i))));
                        }
                    }
                    for (SyncFrame frame : client.drain(Duration.ofSeconds(3))) {
                        if (frame instanceof SyncFrame.Event event && !seen.add(event.id())) {
                            duplicates.add(event.id());
                        }
                    }
                }
                assertTrue(acked.size() < WRITES, "the kill happened mid-stream");
                assertEquals(List.of(), duplicates);
                assertEquals(LongStream.rangeClosed(1, WRITES).boxed().toList(), new ArrayList<>(seen));
                assertEquals(WRITES, JobPayloads.json(api.get("/api/v1/jobs?limit=100", token).raw().body()).get("items").elements().size());
            } finally {
                doomed.destroyForcibly();
            }
        }
    }

    private static Process child(Environment environment) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        for (String key : List.of("datasources.default.url", "datasources.default.username", "datasources.default.password", "redis.uri",
                "micronaut.security.token.jwt.signatures.secret.generator.secret")) {
            command.add("-D" + key + "=" + environment.getProperty(key, String.class).orElse(""));
        }
        command.add(SyncServerProcess.class.getName());
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static URI awaitReady(Process process) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        while (System.nanoTime() < deadline && (line = output.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.startsWith("READY ")) {
                Thread drainer = new Thread(() -> {
                    try {
                        while (output.readLine() != null) {
                            // keep the child's pipe from filling up
                        }
                    } catch (java.io.IOException ignored) {
                        // the child was killed
                    }
                });
                drainer.setDaemon(true);
                drainer.start();
                return URI.create(line.substring(6).trim());
            }
        }
        throw new AssertionError("the child server did not start:\n" + seen);
    }
}
