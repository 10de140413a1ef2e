package dev.applypilot.server.jobs.extract;

import dev.applypilot.shared.extract.JobExtraction;
import dev.applypilot.shared.extract.JobExtractor;
import dev.applypilot.shared.job.JobField;
import dev.applypilot.shared.job.JobPosting;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * eval-jobs: runs job extraction over a folder of saved pages with {@code *.expected.json} sidecars
 * (default {@code ../shared/corpus/job-postings}, relative to the repo root) and prints per-page and
 * overall title/company/location match rates. The last line is always
 * {@code title=T company=C location=L pages=N}.
 */
public final class JobExtractionEval {

    private JobExtractionEval() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/corpus/job-postings");
        if (!Files.isDirectory(folder)) {
            System.out.println("eval-jobs: corpus folder " + folder.toAbsolutePath() + " not found; skipping");
            System.out.println("title=0.000 company=0.000 location=0.000 pages=0");
            return;
        }
        List<Path> sidecars;
        try (Stream<Path> files = Files.list(folder)) {
            sidecars = files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        int pages = 0;
        int titles = 0;
        int companies = 0;
        int locations = 0;
        for (Path sidecar : sidecars) {
            String base = sidecar.getFileName().toString().replace(".expected.json", "");
            Path html = folder.resolve(base + ".html");
            if (!Files.exists(html)) {
                continue;
            }
            JsonValue expected = JsonParser.parse(Files.readString(sidecar, StandardCharsets.UTF_8)).get("expected");
            String url = expected.get("url").text().orElse("https://example.invalid/" + base);
            JobExtraction extraction = JobExtractor.extract(JsoupPageView.parse(Files.readString(html, StandardCharsets.UTF_8), url));
            JobPosting p = extraction.posting();
            boolean t = JobFieldMatch.title(expected.get("title").text().orElse(null), p.title());
            boolean c = JobFieldMatch.company(expected.get("company").text().orElse(null), p.company());
            boolean l = JobFieldMatch.location(expected.get("location").text().orElse(null), p.locations());
            pages++;
            titles += t ? 1 : 0;
            companies += c ? 1 : 0;
            locations += l ? 1 : 0;
            System.out.printf(Locale.ROOT, "%s%n  title    %s %s  [%s]%n  company  %s %s  [%s]%n  location %s %s  [%s]%n  confidence %.2f%n",
                    base, mark(t), p.title(), p.provenance().get(JobField.TITLE),
                    mark(c), p.company(), p.provenance().get(JobField.COMPANY),
                    mark(l), p.locations(), p.provenance().get(JobField.LOCATIONS),
                    extraction.confidence());
        }
        System.out.printf(Locale.ROOT, "title=%.3f company=%.3f location=%.3f pages=%d%n",
                rate(titles, pages), rate(companies, pages), rate(locations, pages), pages);
    }

    private static String mark(boolean ok) {
        return ok ? "ok  " : "MISS";
    }

    private static double rate(int hits, int pages) {
        return pages == 0 ? 0 : (double) hits / pages;
    }
}
