package dev.applypilot.server.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * bench-match: scores every resume against every job description of the evaluation corpus and times it, then ranks
 * 1,000 job variants for one resume with a cold and a warm embedding cache.
 * Arguments: [job-descriptions folder] [resumes folder], defaulting to ../shared/corpus/... (run from the repo root).
 * The last line is {@code per_pair_ms=A rank_1000_ms=B} (A: mean per pair with the model loaded but embeddings not yet
 * cached; B: the warm-cache ranking pass).
 */
public final class MatchBench {
    private static final long MAX_DOCUMENT_BYTES = 64 * 1024;

    private MatchBench() {
    }

    public static void main(String[] args) throws IOException {
        quietLogging();
        Path jdDir = Path.of(args.length > 0 ? args[0] : "../shared/corpus/job-descriptions");
        Path resumeDir = Path.of(args.length > 1 ? args[1] : "../shared/corpus/resumes");
        if (!Files.isDirectory(jdDir) || !Files.isDirectory(resumeDir)) {
            System.out.println("bench-match skipped: corpus not found at " + jdDir + " and " + resumeDir);
            return;
        }
        List<Path> jdFiles = textFiles(jdDir);
        List<Path> resumeFiles = textFiles(resumeDir);
        if (jdFiles.isEmpty() || resumeFiles.isEmpty()) {
            System.out.println("bench-match skipped: no .txt job descriptions or resumes under " + jdDir + ", " + resumeDir);
            return;
        }
        List<JobInput> jobs = new ArrayList<>();
        for (Path p : jdFiles) {
            jobs.add(JobInput.ofText(jdDir.relativize(p).toString(), Files.readString(p)));
        }
        List<ResumeInput> resumes = new ArrayList<>();
        for (Path p : resumeFiles) {
            resumes.add(ResumeInput.ofText(Files.readString(p)));
        }
        System.out.printf(Locale.ROOT, "corpus: %d job descriptions, %d resumes%n", jobs.size(), resumes.size());

        LruEmbeddingCache cache = new LruEmbeddingCache();
        MatchService service = new MatchService(cache);
        long t0 = System.nanoTime();
        service.prepare(ResumeInput.ofText("Warm-up: loads the embedding model once."));
        System.out.printf(Locale.ROOT, "model_load_ms=%.0f%n", ms(t0));

        double coldTotal = 0;
        int pairs = 0;
        for (int r = 0; r < resumes.size(); r++) {
            for (JobInput job : jobs) {
                long t = System.nanoTime();
                MatchResult result = service.match(resumes.get(r), job);
                double took = ms(t);
                coldTotal += took;
                pairs++;
                System.out.printf(Locale.ROOT, "score=%3d %-5s req=%s pref=%s ms=%6.1f resume=%s jd=%s%n",
                        result.score(), result.band(), coverage(result, Importance.REQUIRED),
                        coverage(result, Importance.PREFERRED), took, resumeDir.relativize(resumeFiles.get(r)),
                        job.id());
            }
        }
        double warmTotal = 0;
        for (ResumeInput resume : resumes) {
            for (JobInput job : jobs) {
                long t = System.nanoTime();
                service.match(resume, job);
                warmTotal += ms(t);
            }
        }
        double perPair = coldTotal / pairs;
        System.out.printf(Locale.ROOT, "pairs=%d per_pair_cold_cache_ms=%.1f per_pair_warm_cache_ms=%.1f%n", pairs,
                perPair, warmTotal / pairs);

        List<JobInput> thousand = variants(jobs, 1000);
        PreparedResume prepared = service.prepare(resumes.get(0));
        long c = System.nanoTime();
        List<RankedJob> cold = service.rank(prepared, thousand);
        double coldMs = ms(c);
        long w = System.nanoTime();
        List<RankedJob> warm = service.rank(prepared, thousand);
        double warmMs = ms(w);
        System.out.printf(Locale.ROOT, "rank_1000_cold_ms=%.0f (embeds every job) rank_1000_warm_ms=%.0f same_order=%s"
                        + " top=%s (%d)%n", coldMs, warmMs, cold.equals(warm), warm.get(0).jobId(),
                warm.get(0).result().score());
        System.out.printf(Locale.ROOT, "per_pair_ms=%.1f rank_1000_ms=%.0f%n", perPair, warmMs);
    }

    /** 1,000 distinct postings made by cycling the corpus with a changed title level, location and reference. */
    static List<JobInput> variants(List<JobInput> jobs, int count) {
        String[] levels = {"", "Senior ", "Junior ", "Lead "};
        String[] places = {"New York, NY", "Remote", "London, UK", "Berlin, Germany", "San Francisco, CA"};
        List<JobInput> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            JobInput base = jobs.get(i % jobs.size());
            String firstLine = base.text().strip().lines().findFirst().orElse("Job");
            String place = places[i % places.length];
            String text = levels[(i / jobs.size()) % levels.length] + base.text().strip()
                    + "\nLocation: " + place + "\nRequisition " + i;
            out.add(new JobInput(base.id() + "#" + i, text, levels[(i / jobs.size()) % levels.length] + firstLine,
                    place, place.equals("Remote") ? RemoteType.REMOTE : RemoteType.UNKNOWN));
        }
        return out;
    }

    private static String coverage(MatchResult result, Importance importance) {
        long have = result.matched().stream().filter(m -> m.importance() == importance).count();
        long all = have + result.missing().stream().filter(m -> m.importance() == importance).count();
        return have + "/" + all;
    }

    /** Plain-text documents: .txt files, not token-per-line annotation files (*.conll.txt) or large data dumps. */
    private static List<Path> textFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> !p.getFileName().toString().endsWith(".conll.txt"))
                    .filter(p -> p.toFile().length() <= MAX_DOCUMENT_BYTES)
                    .sorted().toList();
        }
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static void quietLogging() {
        org.slf4j.Logger root = org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
