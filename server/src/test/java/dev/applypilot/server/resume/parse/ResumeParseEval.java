package dev.applypilot.server.resume.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code eval-resumes}: parses every resume under a folder (default {@code ../shared/corpus/resumes}), prints per
 * file the time after a warm-up, the contact fields and section counts, and where another parser's output lies
 * beside the file, agreement with it per contact field. Last line: a one-line summary.
 */
public final class ResumeParseEval {
    private static final int WARM_UP_ROUNDS = 5;
    private static final int TIMED_ROUNDS = 10;

    public static void main(String[] args) throws IOException {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        Path folder = Paths.get(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/corpus/resumes");
        if (!Files.isDirectory(folder)) {
            System.out.println("eval-resumes: folder " + folder.toAbsolutePath() + " not found; skipping.");
            return;
        }
        List<Path> files = resumes(folder);
        ResumeParser parser = new ResumeParser();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (Path file : files) {
                tryParse(parser, Files.readAllBytes(file));
            }
        }
        List<Double> samples = new ArrayList<>();
        int failed = 0;
        int checked = 0;
        int correct = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            Object result = null;
            long total = 0;
            for (int round = 0; round < TIMED_ROUNDS; round++) {
                long start = System.nanoTime();
                result = tryParse(parser, bytes);
                long elapsed = System.nanoTime() - start;
                total += elapsed;
                samples.add(elapsed / 1e6);
            }
            double ms = total / 1e6 / TIMED_ROUNDS;
            String name = folder.relativize(file).toString();
            if (result instanceof ResumeParseException e) {
                failed++;
                System.out.printf(Locale.ROOT, "%-55s %7.1f ms  REJECTED %s: %s%n", name, ms, e.code().code(), e.getMessage());
                continue;
            }
            ParsedResume parsed = (ParsedResume) result;
            Contact c = parsed.contact();
            System.out.printf(Locale.ROOT, "%-55s %7.1f ms  %s sections=%d work=%d education=%d skills=%d unassigned_lines=%d%n",
                    name, ms, parsed.fileType(), parsed.sections().size(), parsed.work().size(), parsed.education().size(),
                    parsed.skills().size(), parsed.unassignedText().isEmpty() ? 0 : parsed.unassignedText().split("\n").length);
            System.out.printf(Locale.ROOT, "    contact: name=%s | email=%s | phone=%s | location=%s | linkedin=%s | github=%s | website=%s%n",
                    c.name(), c.email(), c.phone(), c.location(), c.linkedin(), c.github(), c.website());
            if (verbose) {
                System.out.println(describe(parsed));
            }
            GroundTruth truth = GroundTruth.find(file);
            if (truth != null) {
                StringBuilder line = new StringBuilder("    vs " + truth.source() + ":");
                for (Map.Entry<String, String> expected : truth.fields().entrySet()) {
                    String actual = field(c, expected.getKey());
                    boolean ok = canonical(expected.getValue()).equals(canonical(actual));
                    checked++;
                    correct += ok ? 1 : 0;
                    line.append(' ').append(expected.getKey()).append(ok ? "=OK" : "=MISMATCH(expected '" + expected.getValue() + "')");
                }
                System.out.println(line);
            }
        }
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double avg = Arrays.stream(sorted).average().orElse(0);
        double p95 = sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)];
        System.out.printf(Locale.ROOT, "files=%d parsed=%d rejected=%d avg_ms=%.1f p95_ms=%.1f contact_accuracy=%s%n",
                files.size(), files.size() - failed, failed, avg, p95,
                checked == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f (%d/%d fields vs other parsers' outputs)",
                        correct / (double) checked, correct, checked));
    }

    /** Resume files only: ground-truth JSON and a PDF's extracted-text companion ("x.pdftext.txt") are not resumes. */
    private static List<Path> resumes(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> !isCompanion(p)).sorted().toList();
        }
    }

    private static boolean isCompanion(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".json")) {
            return true;
        }
        String[] parts = name.split("\\.");
        return parts.length > 2 && Files.exists(file.resolveSibling(parts[0] + ".pdf"));
    }

    private static Object tryParse(ResumeParser parser, byte[] bytes) {
        try {
            return parser.parse(bytes);
        } catch (ResumeParseException e) {
            return e;
        }
    }

    private static String describe(ParsedResume parsed) {
        StringBuilder out = new StringBuilder("    --- text ---\n").append(parsed.text().indent(6));
        for (ResumeSection section : parsed.sections()) {
            out.append("    section ").append(section.kind()).append(" '").append(section.heading()).append("' lines=")
                    .append(section.text().isEmpty() ? 0 : section.text().split("\n").length).append('\n');
        }
        parsed.work().forEach(w -> out.append("    work ").append(w.title()).append(" | ").append(w.company()).append(" | ")
                .append(w.dates()).append(" | ").append(w.location()).append(" | bullets=").append(w.bullets().size()).append('\n'));
        parsed.education().forEach(e -> out.append("    education ").append(e.school()).append(" | ").append(e.degree())
                .append(" | ").append(e.dates()).append('\n'));
        out.append("    skills ").append(parsed.skills()).append('\n');
        out.append("    --- unassigned ---\n").append(parsed.unassignedText().indent(6));
        return out.toString();
    }

    private static String field(Contact c, String key) {
        return switch (key) {
            case "name" -> c.name();
            case "email" -> c.email();
            case "phone" -> c.phone();
            default -> null;
        };
    }

    private static String canonical(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
