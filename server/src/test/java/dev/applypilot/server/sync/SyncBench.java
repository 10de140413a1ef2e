package dev.applypilot.server.sync;

import dev.applypilot.server.jobs.JobPayloads;
import dev.applypilot.server.platform.TestApi;
import dev.applypilot.server.platform.TestServers;
import dev.applypilot.shared.sync.SyncFrame;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * bench-sync: two server instances in this JVM on one PostgreSQL and one Redis. N WebSocket clients (spread over
 * several users) connect to instance B; jobs are saved over REST on instance A, one after another, and every
 * client of the saving user records when the job.saved event arrived. Prints p50/p99 of save→event latency for
 * each client count, and the idle heap growth per 1,000 open sockets (server and client sides together, as both
 * live in this JVM: an upper bound for the server alone).
 *
 * <p>Args: {@code [clientCounts=100,1000] [users=10] [saves=200]}. The last line is
 * {@code p50_ms=A p99_ms=B clients=N} for the last count.
 */
public final class SyncBench {
    private SyncBench() {
    }

    public static void main(String[] args) throws Exception {
        int[] counts = Arrays.stream((args.length > 0 ? args[0] : "100,1000").split(",")).mapToInt(Integer::parseInt).toArray();
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int saves = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        if (System.getProperty("applypilot.data-dir") == null) {
            System.setProperty("applypilot.data-dir", "server/target/bench-data");
        }
        System.setProperty("logger.levels.root", "WARN");
        String last = null;
        try (EmbeddedServer writer = TestServers.start(); EmbeddedServer reader = TestServers.start()) {
            JsonMapper json = writer.getApplicationContext().getBean(JsonMapper.class);
            TestApi api = new TestApi(writer.getURI(), json);
            List<String> tokens = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                tokens.add(api.register().text("accessToken"));
            }
            for (int clients : counts) {
                last = run(api, reader, tokens, clients, saves);
            }
        }
        System.out.println(last);
        System.exit(0);
    }

    private static String run(TestApi api, EmbeddedServer reader, List<String> tokens, int clients, int saves) throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong welcomes = new AtomicLong();
        HttpClient http = HttpClient.newHttpClient();
        long heapBefore = usedHeap();
        List<SyncClient> sockets = new ArrayList<>();
        List<AtomicLong> newest = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            AtomicLong lastEventId = new AtomicLong(-1);
            newest.add(lastEventId);
            SyncClient client = SyncClient.connect(http, reader.getURI(), tokens.get(i % tokens.size()));
            client.onFrame(frame -> {
                if (frame instanceof SyncFrame.Welcome welcome) {
                    if (lastEventId.getAndSet(welcome.lastEventId()) < 0) {
                        welcomes.incrementAndGet();
                    }
                } else if (frame instanceof SyncFrame.Event event && event.kind().equals("job.saved")) {
                    Long start = sentAt.get(event.payload().get("job").get("title").text().orElse(""));
                    if (start != null) {
                        latencies.add(System.nanoTime() - start);
                    }
                }
            });
            // A probe hello past any real id learns the newest id from the welcome without replaying earlier runs' events.
            client.send(new SyncFrame.Hello(1L << 50));
            sockets.add(client);
        }
        if (!waitFor(() -> welcomes.get() >= clients, Duration.ofSeconds(120))) {
            throw new IllegalStateException("only " + welcomes.get() + " of " + clients + " sockets were welcomed");
        }
        for (int i = 0; i < clients; i++) {
            sockets.get(i).send(new SyncFrame.Hello(newest.get(i).get()));
        }
        Thread.sleep(1000);
        long heapAfter = usedHeap();
        int perUser = clients / tokens.size() + (clients % tokens.size() == 0 ? 0 : 1);
        long expected = 0;
        for (int s = 0; s < saves; s++) {
            int user = s % tokens.size();
            String title = "Bench " + UUID.randomUUID();
            long receivers = clients / tokens.size() + (user < clients % tokens.size() ? 1 : 0);
            expected += receivers;
            sentAt.put(title, System.nanoTime());
            api.postRaw("/api/v1/jobs", JobPayloads.save(UUID.randomUUID().toString(), JobPayloads.posting(title, "Bench Co " + UUID.randomUUID(),
                    "Remote", "https://bench.example/" + UUID.randomUUID(), "<p>bench</p>")), tokens.get(user));
            Thread.sleep(10);
        }
        long want = expected;
        boolean complete = waitFor(() -> latencies.size() >= want, Duration.ofSeconds(60));
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double p50 = percentile(sorted, 0.50);
        double p99 = percentile(sorted, 0.99);
        System.out.printf("clients=%d users=%d per_user~%d saves=%d deliveries=%d/%d%s p50_ms=%.1f p99_ms=%.1f idle_heap_per_1000_connections_mb=%.1f%n",
                clients, tokens.size(), perUser, saves, sorted.length, expected, complete ? "" : " (INCOMPLETE)", p50, p99,
                (heapAfter - heapBefore) / 1048576.0 * 1000 / clients);
        sockets.forEach(SyncClient::close);
        Thread.sleep(1000);
        return String.format("p50_ms=%.1f p99_ms=%.1f clients=%d", p50, p99, clients);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return true;
    }
}
