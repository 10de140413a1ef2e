package dev.applypilot.server.platform;

import dev.applypilot.server.jobs.JobPayloads;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * bench-http: HTTP throughput and latency of the authenticated API against a bare anonymous endpoint on the same
 * in-process server (embedded PostgreSQL and Redis). Baseline = {@code GET /health/liveness} (no auth, no database,
 * no liveness indicator left to run): the cost of Netty, the filter chain, Micronaut's health aggregation and the
 * client itself, so a little more than a bare hello, never less. API = each client alternating {@code GET /api/v1/jobs} and
 * {@code POST /api/v1/jobs} (a unique job each time), bearer-authenticated. Each concurrency level runs N client
 * threads, each looping request after request for a fixed time.
 * <p>
 * <p>
 * Each phase also prints where the CPU went, per request: {@code jvm_ms} is the whole JVM's CPU (server and load
 * generator: they share it), {@code client_ms} the load generator's threads alone (callers, the HTTP client's executor
 * and selector), {@code server_ms} the difference, and {@code pg_ms} the embedded PostgreSQL's processes (postmaster
 * and backends, from /proc; "unknown" with an external database). Four clients show a request's cost without
 * contention; the higher levels show what is left of the two cores.
 * <p>
 * Arguments: [seconds per phase, default 8] [levels, default 4,50,200,500]; {@code -Dbench.baseline=/path} picks
 * another anonymous baseline. Last line:
 * {@code ratio=R p99_ms=B errors=E} with the API/baseline throughput ratio and the API p99 at 200 clients (or the
 * middle level), errors summed over every phase.
 */
public final class HttpBench {
    private static final int USERS = 10;
    private static final int REPORT_LEVEL = 200;
    /** USER_HZ, the unit of /proc's CPU times: 100 on every common Linux build; getconf says for sure. */
    private static final long CLOCK_TICKS_PER_SECOND = clockTicks();

    private HttpBench() {
    }

    /** CPU nanoseconds spent during a phase; {@code postgresNanos} is empty when the database's processes are not found. */
    record CpuUse(long jvmNanos, long clientNanos, OptionalLong postgresNanos) {
    }

    record Phase(int requests, int errors, double seconds, long[] latenciesNanos, CpuUse cpu) {
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

        /** CPU milliseconds per request, and the cores each side kept busy on average. */
        String cpuLine(String name, int clients) {
            double wallNanos = seconds * 1e9;
            String postgres = cpu.postgresNanos().isPresent()
                    ? String.format(Locale.ROOT, "%.3f (%.2f cores)", perRequestMs(cpu.postgresNanos().getAsLong()), cpu.postgresNanos().getAsLong() / wallNanos)
                    : "unknown";
            long serverNanos = cpu.jvmNanos() - cpu.clientNanos();
            return String.format(Locale.ROOT, "%-9s clients=%-4d cpu per request: jvm_ms=%.3f (%.2f cores) client_ms=%.3f server_ms=%.3f pg_ms=%s",
                    name + "-cpu", clients, perRequestMs(cpu.jvmNanos()), cpu.jvmNanos() / wallNanos, perRequestMs(cpu.clientNanos()),
                    perRequestMs(serverNanos), postgres);
        }

        private double perRequestMs(long nanos) {
            return requests == 0 ? 0 : nanos / 1e6 / requests;
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
                System.out.println(bare.cpuLine("baseline", clients));
                System.out.println(mixed.line("api", clients));
                System.out.println(mixed.cpuLine("api", clients));
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
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time so far of each live load-generator thread: the callers, the client's executor and its selector. */
    private static Map<Long, Long> clientThreadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith("bench-") || info.getThreadName().endsWith("-SelectorManager"))) {
                cpu.put(info.getThreadId(), threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return cpu;
    }

    private static long clientCpuSince(Map<Long, Long> before) {
        long total = 0;
        for (Map.Entry<Long, Long> now : clientThreadCpuNanos().entrySet()) {
            total += Math.max(0, now.getValue() - before.getOrDefault(now.getKey(), 0L));
        }
        return total;
    }

    /**
     * CPU time so far of the embedded PostgreSQL: the postmaster (its own, plus that of the children it has reaped)
     * and its live children (backends, walwriter, checkpointer...). Empty when this JVM started no embedded cluster.
     */
    private static OptionalLong postgresCpuNanos() {
        Path pidFile = DataDirectory.resolve().resolve("pg" + EmbeddedDatabase.MAJOR_VERSION).resolve("postmaster.pid");
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            // utime + stime, and cutime + cstime: the backends that have exited and been reaped.
            long ownTicks = procStat(postmaster).map(fields -> field(fields, 14) + field(fields, 15) + field(fields, 16) + field(fields, 17))
                    .orElseThrow();
            long childTicks = processes.map(p -> p.getFileName().toString())
                    .filter(name -> name.chars().allMatch(Character::isDigit))
                    .flatMap(name -> procStat(Long.parseLong(name)).stream())
                    .filter(fields -> field(fields, 4) == postmaster)
                    .mapToLong(fields -> field(fields, 14) + field(fields, 15))
                    .sum();
            return OptionalLong.of((ownTicks + childTicks) * 1_000_000_000L / CLOCK_TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** Fields of /proc/PID/stat, numbered as in proc(5) from 1; the command (field 2) may hold spaces, so split after it. */
    private static Optional<String[]> procStat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String afterCommand = stat.substring(stat.lastIndexOf(')') + 2);
            return Optional.of(afterCommand.split(" "));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Field {@code number} of proc(5)'s numbering, in {@link #procStat}'s array, which starts at field 3. */
    private static long field(String[] fields, int number) {
        return Long.parseLong(fields[number - 3]);
    }

    private static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).trim();
            return getconf.waitFor() == 0 ? Long.parseLong(out) : 100;
        } catch (IOException | InterruptedException | NumberFormatException e) {
            return 100;
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> new Thread(runnable, prefix + count.incrementAndGet());
    }

    /** N threads, each sending its next request as soon as the last answered, for {@code seconds}. */
    private static Phase run(int clients, int seconds, IntFunction<HttpRequest> requests) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4, named("bench-http-client-"))).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients, named("bench-caller-"));
        Map<Long, Long> clientCpuAtStart = clientThreadCpuNanos();
        long jvmCpuAtStart = jvmCpuNanos();
        OptionalLong postgresCpuAtStart = postgresCpuNanos();
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
        OptionalLong postgresCpuAtEnd = postgresCpuNanos();
        CpuUse cpu = new CpuUse(jvmCpuNanos() - jvmCpuAtStart, clientCpuSince(clientCpuAtStart),
                postgresCpuAtStart.isPresent() && postgresCpuAtEnd.isPresent()
                        ? OptionalLong.of(postgresCpuAtEnd.getAsLong() - postgresCpuAtStart.getAsLong()) : OptionalLong.empty());
        pool.shutdown();
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Phase(latencies.length, errors, elapsed, latencies, cpu);
    }
}
