package dev.applypilot.server.security;

import dev.applypilot.server.jobs.extract.JsoupPageView;
import dev.applypilot.shared.extract.JobExtraction;
import dev.applypilot.shared.extract.JobExtractor;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Job pages are written by strangers (and imported by URL): mutated real-shaped pages and random tag soup always
 * give an extraction with a confidence in [0, 1], never an exception, within a bounded time.
 */
class JobExtractionFuzzProperties {
    private static final List<String> PAGES = List.of("graph.html", "greenhouse.html", "jsonld-job.html", "jsonld.html", "lever.html",
            "linkedin.html", "next-data.html", "opengraph.html", "workday.html").stream().map(JobExtractionFuzzProperties::page).toList();
    private static final String[] FRAGMENTS = {"<script type=\"application/ld+json\">", "</script>", "{\"@type\":\"JobPosting\",",
            "\"title\":", "\"hiringOrganization\":{\"name\":", "}", "]", "[", "\"", "<h1>", "</h1>", "<meta property=\"og:title\" content=\"",
            "\">", "<div class=\"posting-headline\">", "</div>", "<main>", "&amp;", "&#x0;", "\u0000", "\uD800", "<!--", "-->",
            "<![CDATA[", "<svg><script>", "<template>", "Senior Engineer", "Berlin, Germany", "$120,000", "null", "\"datePosted\":\"2026-13-45\""};
    private static final Duration BUDGET = Duration.ofSeconds(10);

    @Property(tries = 400)
    void mutatedJobPagesAlwaysExtract(@ForAll @IntRange(min = 0, max = 8) int which, @ForAll long seed,
                                      @ForAll @IntRange(min = 1, max = 30) int mutations) {
        Random random = new Random(seed);
        StringBuilder html = new StringBuilder(PAGES.get(which));
        for (int i = 0; i < mutations && html.length() > 0; i++) {
            int at = random.nextInt(html.length());
            switch (random.nextInt(3)) {
                case 0 -> html.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 1 -> html.delete(at, Math.min(html.length(), at + 1 + random.nextInt(200)));
                default -> html.setCharAt(at, "<>\"'{}[]:,&;/ \u0000".charAt(random.nextInt(15)));
            }
        }
        extract(html.toString(), random.nextBoolean() ? "https://boards.greenhouse.io/acme/jobs/123" : "not a url");
    }

    @Property(tries = 400)
    void randomTagSoupAlwaysExtracts(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int pieces) {
        Random random = new Random(seed);
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            html.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        extract(html.toString(), "https://jobs.lever.co/acme/" + seed);
    }

    @Example
    void aMegabytePageExtractsInTime() {
        StringBuilder html = new StringBuilder("<html><head><title>Engineer</title></head><body><main><h1>Engineer</h1>");
        Random random = new Random(11);
        while (html.length() < 1024 * 1024) {
            html.append("<p>").append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]).append(" we build things</p><div>");
        }
        extract(html.toString(), "https://example.com/jobs/1");
        extract("<div>".repeat(200_000), "https://example.com/jobs/2");
        extract("<script type=\"application/ld+json\">" + "[".repeat(200_000) + "</script>", "https://example.com/jobs/3");
    }

    private static void extract(String html, String url) {
        assertTimeoutPreemptively(BUDGET, () -> {
            JobExtraction extraction = JobExtractor.extract(JsoupPageView.parse(html, url));
            assertNotNull(extraction);
            assertTrue(extraction.confidence() >= 0 && extraction.confidence() <= 1, "confidence " + extraction.confidence());
        });
    }

    private static String page(String name) {
        try (InputStream in = JobExtractionFuzzProperties.class.getResourceAsStream("/jobs/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
