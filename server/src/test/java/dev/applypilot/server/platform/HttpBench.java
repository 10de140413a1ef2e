package dev.applypilot.server.platform;

import dev.applypilot.server.jobs.JobPayloads;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * bench-http: HTTP throughput and latency of the authenticated API against a bare anonymous endpoint on the same
 * in-process server (embedded PostgreSQL and Redis). Baseline = {@code GET /health/liveness} (no auth, no database,
 * no liveness indicator left to run): the cost of Netty, the filter chain, Micronaut's health aggregation and the
 * client itself, so a little more than a bare hello, never less. API = each client alternating {@code GET /api/v1/jobs} and
 * {@code POST /api/v1/jobs} (a unique job each time), bearer-authenticated. Each concurrency level runs N client
 * threads, each looping request after request for a fixed time.
 * <p>
 * Arguments: [seconds per phase, default 8] [levels, default 50,200,500]; {@code -Dbench.baseline=/path} picks another
 * anonymous baseline. Last line:
 * {@code ratio=R p99_ms=B errors=E} with the API/baseline throughput ratio and the API p99 at 200 clients (or the
 * middle level), errors summed over every phase.
 */
public final class HttpBench {
    private static final int USERS = 10;
    private static final int REPORT_LEVEL = 200;

    private HttpBench() {
    }

    record Phase(int requests, int errors, double seconds, long[] latenciesNanos) {
        double perSecond() {
            return requests / seconds;
        }

        double percentileMs(double p) {
            if (latenciesNanos.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
        }

        String line(String name, int clients) {
            return String.format(Locale.ROOT, "%-9s clients=%-4d req/s=%8.0f p50_ms=%7.2f p99_ms=%7.2f errors=%d",
                    name, clients, perSecond(), percentileMs(50), percentileMs(99), errors);
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int[] levels = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray() : new int[] {50, 200, 500};
        int reportLevel = Arrays.stream(levels).anyMatch(l -> l == REPORT_LEVEL) ? REPORT_LEVEL : levels[levels.length / 2];
        try (EmbeddedServer server = TestServers.start()) {
            URI base = server.getURI();
            TestApi api = new TestApi(base, server.getApplicationContext().getBean(JsonMapper.class));
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                String token = api.register().text("accessToken");
                for (int j = 0; j < 20; j++) {
                    api.postRaw("/api/v1/jobs", JobPayloads.fresh(), token);
                }
                tokens.add(token);
            }
            String baselinePath = System.getProperty("bench.baseline", "/health/liveness");
            System.out.printf(Locale.ROOT, "bench-http: %d s per phase, levels %s, %d users, %d cores, baseline GET %s, load average %s%n",
                    seconds, Arrays.toString(levels), USERS, Runtime.getRuntime().availableProcessors(), baselinePath, loadAverage());
            IntFunction<HttpRequest> baseline = n -> HttpRequest.newBuilder(base.resolve(baselinePath)).GET().build();
            IntFunction<HttpRequest> apiCall = n -> {
                String token = tokens.get(Math.floorMod(n, USERS));
                HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/v1/jobs")).header("Authorization", "Bearer " + token);
                return (n & 1) == 0 ? request.GET().build()
                        : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JobPayloads.fresh())).build();
            };
            run(50, 2, baseline);
            run(50, 2, apiCall);
            int errors = 0;
            double ratio = 0;
            double p99 = 0;
            for (int clients : levels) {
                Phase bare = run(clients, seconds, baseline);
                Phase mixed = run(clients, seconds, apiCall);
                System.out.println(bare.line("baseline", clients));
                System.out.println(mixed.line("api", clients));
                System.out.printf(Locale.ROOT, "ratio    clients=%-4d %.3f%n", clients, mixed.perSecond() / bare.perSecond());
                errors += bare.errors() + mixed.errors();
                if (clients == reportLevel) {
                    ratio = mixed.perSecond() / bare.perSecond();
                    p99 = mixed.percentileMs(99);
                }
            }
            // The machine is shared: the load around the run says how far its absolute figures can be trusted.
            System.out.println("load average at the end: " + loadAverage());
            System.out.printf(Locale.ROOT, "ratio=%.3f p99_ms=%.1f errors=%d%n", ratio, p99, errors);
        }
        System.exit(0);
    }

    /** The 1, 5 and 15 minute load averages (Linux), or "unknown". */
    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** N threads, each sending its next request as soon as the last answered, for {@code seconds}. */
    private static Phase run(int clients, int seconds, IntFunction<HttpRequest> requests) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int clientNo = c;
            results.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int count = 0;
                int failed = 0;
                for (int n = clientNo; System.nanoTime() < end; n += clients) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<Void> response = client.send(requests.apply(n), HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() >= 300) {
                            failed++;
                        }
                    } catch (java.io.IOException e) {
                        failed++;
                    }
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = System.nanoTime() - sent;
                }
                long[] out = Arrays.copyOf(latencies, count + 1);
                out[count] = failed;
                return out;
            }));
        }
        List<long[]> all = new ArrayList<>();
        int errors = 0;
        for (Future<long[]> result : results) {
            long[] r = result.get();
            errors += (int) r[r.length - 1];
            all.add(Arrays.copyOf(r, r.length - 1));
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Phase(latencies.length, errors, elapsed, latencies);
    }
}
