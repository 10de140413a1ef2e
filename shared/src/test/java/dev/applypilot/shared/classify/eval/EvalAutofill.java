package dev.applypilot.shared.classify.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.applypilot.shared.ats.AtsAdapter;
import dev.applypilot.shared.ats.AtsAdapters;
import dev.applypilot.shared.classify.Classification;
import dev.applypilot.shared.classify.FieldClassifier;
import dev.applypilot.shared.classify.FormClassification;
import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldType;
import dev.applypilot.shared.form.FormDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * {@code eval-autofill}: runs the classifier over a labelled corpus folder (default
 * {@code ../shared/corpus/ats-forms}) and prints precision / recall per type, per source and overall,
 * every wrong fill, and a final summary line. A "fill" is a classification marked fillable; expected
 * meanings we do not model count as "should abstain".
 */
public final class EvalAutofill {

    private record Scored(String source, String field, FieldType expected, FieldType predicted, boolean hidden, String why) {
    }

    /** What a label says: a type (null = should abstain), or nothing beyond "none of {@code silentIn}'s terms". */
    private record Label(FieldType type, ExpectedVocabulary.Vocabulary silentIn) {

        static Label of(FieldType type) {
            return new Label(type, null);
        }

        static Label term(ExpectedVocabulary.Vocabulary vocabulary, String term) {
            return ExpectedVocabulary.SILENT_TERMS.contains(term) ? new Label(null, vocabulary) : of(vocabulary.type(term));
        }
    }

    private final FieldClassifier classifier = new FieldClassifier();
    private final ObjectMapper json = new ObjectMapper();
    private final List<Scored> scored = new ArrayList<>();
    /** Fills under a silent label whose vocabulary has no term for the filled type: the label cannot judge them. */
    private final List<Scored> unscored = new ArrayList<>();
    private int unsafeExpected;

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/corpus/ats-forms");
        if (!Files.isDirectory(root)) {
            System.out.println("eval-autofill: corpus folder " + root + " not found; skipping.");
            return;
        }
        EvalAutofill eval = new EvalAutofill();
        eval.run(root);
        eval.report();
    }

    private void run(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(".expected.json") && !name.startsWith("_index")) {
                    sidecar(p);
                } else if (name.endsWith(".html") && p.toString().contains("mozilla-form-autofill")) {
                    mozilla(p, p.toString().contains("common-crawl"));
                } else if (name.equals("labeled_fields.json")) {
                    applyQuick(p);
                } else if (name.endsWith(".out") && p.getParent().getFileName().toString().equals("output")) {
                    chromium(p);
                }
            }
        }
    }

    private void sidecar(Path expectedFile) throws IOException {
        Path html = expectedFile.resolveSibling(expectedFile.getFileName().toString().replace(".expected.json", ".html"));
        if (!Files.exists(html)) {
            return;
        }
        JsonNode exp = json.readTree(expectedFile.toFile());
        String ats = exp.path("ats").asText("");
        String url = exp.path("url").asText("");
        if (url.isEmpty()) {
            url = ats.contains("Greenhouse") ? "https://boards.greenhouse.io/reconstructed" : "";
        }
        String source = sourceName(ats);
        HtmlForms.Parsed parsed = HtmlForms.read(Jsoup.parse(html.toFile()), url, null);
        FormClassification fc = classifier.classify(parsed.form());
        Map<String, Label> byKey = new LinkedHashMap<>();
        boolean jobFill = false;
        JsonNode meanings = exp.path("expected_field_meanings");
        if (meanings.isMissingNode()) {
            meanings = exp.has("expected_by_id") ? exp.path("expected_by_id") : exp.path("expected_by_data_automation_id");
            jobFill = true;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = meanings.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Label label = !jobFill ? Label.of(ExpectedVocabulary.sidecar(e.getValue().asText()))
                    : e.getValue().isNull() ? new Label(null, ExpectedVocabulary.JOBFILL)
                    : Label.of(ExpectedVocabulary.JOBFILL.type(e.getValue().asText()));
            byKey.put(e.getKey(), label);
        }
        List<FieldDescriptor> fields = parsed.form().fields();
        for (int i = 0; i < fields.size(); i++) {
            FieldDescriptor f = fields.get(i);
            String key = matchKey(byKey, f);
            Classification c = fc.fields().get(i);
            if (key == null) {
                scoreUnlabelled(source, f, c);
                continue;
            }
            add(source, key, byKey.get(key), f, c);
        }
    }

    private static String matchKey(Map<String, Label> byKey, FieldDescriptor f) {
        for (String k : byKey.keySet()) {
            String dai = f.attribute("data-automation-id");
            boolean prefix = k.endsWith("[*]");
            String stem = prefix ? k.substring(0, k.length() - 3) : k;
            for (String candidate : new String[] {f.name(), f.id(), dai}) {
                if (!candidate.isEmpty() && (candidate.equals(k) || prefix && candidate.startsWith(stem + "["))) {
                    return k;
                }
            }
        }
        return null;
    }

    /** Controls without a label are not scored, but a fill of a hidden one still counts as a hidden fill. */
    private void scoreUnlabelled(String source, FieldDescriptor f, Classification c) {
        if (c.fillable() && isHidden(f)) {
            scored.add(new Scored(source, describe(f), null, c.type(), true, c.explanation()));
        }
    }

    private void mozilla(Path html, boolean labelsPartial) throws IOException {
        Document doc = Jsoup.parse(html.toFile());
        HtmlForms.Parsed parsed = HtmlForms.read(doc, "", "data-moz-autofill-type");
        FormClassification fc = classifier.classify(parsed.form());
        String source = labelsPartial ? "mozilla-jobforms" : "mozilla-personal";
        for (int i = 0; i < parsed.form().fields().size(); i++) {
            FieldDescriptor f = parsed.form().fields().get(i);
            String answer = parsed.answers().get(i);
            Classification c = fc.fields().get(i);
            if (answer.isEmpty() && labelsPartial) {
                scoreUnlabelled(source, f, c);
                continue;
            }
            Label label = answer.isEmpty() ? new Label(null, ExpectedVocabulary.MOZILLA) : Label.of(ExpectedVocabulary.MOZILLA.type(answer));
            add(source, html.getFileName() + ":" + describe(f) + "=" + answer, label, f, c);
        }
    }

    private void applyQuick(Path file) throws IOException {
        JsonNode all = json.readTree(file.toFile());
        Map<String, List<JsonNode>> byVendor = new TreeMap<>();
        for (JsonNode n : all) {
            JsonNode a = n.path("attributes");
            String vendor = a.has("data-automation-id") ? "https://x.myworkdayjobs.com/"
                    : a.path("id").asText("").contains("ProfileFields") || a.path("name").asText("").contains("ProfileFields")
                    ? "https://careers-x.icims.com/" : "https://boards.greenhouse.io/x";
            byVendor.computeIfAbsent(vendor, k -> new ArrayList<>()).add(n);
        }
        for (Map.Entry<String, List<JsonNode>> v : byVendor.entrySet()) {
            List<FieldDescriptor> fields = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (JsonNode n : v.getValue()) {
                JsonNode a = n.path("attributes");
                Map<String, String> attrs = new LinkedHashMap<>();
                for (String k : List.of("data-automation-id", "tabindex", "class", "aria-hidden")) {
                    if (a.has(k)) {
                        attrs.put(k, a.get(k).asText());
                    }
                }
                String tag = n.path("tag").asText("input");
                String type = tag.equals("input") ? a.path("type").asText("text").toLowerCase(Locale.ROOT) : tag;
                if (!type.isEmpty() && !Character.isLetter(type.charAt(0))) {
                    type = "text"; // the scraper stored vendor widget codes ("3081") as the type
                }
                fields.add(new FieldDescriptor(tag, type, a.path("name").asText(""), a.path("id").asText(""),
                        a.path("autocomplete").asText(""), "", a.path("aria-label").asText(""), "", a.path("placeholder").asText(""),
                        "", "", List.of(), false, true, !a.has("disabled"), "", attrs));
                labels.add(n.path("label").asText());
            }
            // Loose descriptors from many pages, not one form: classify each field without the form-level guard.
            AtsAdapter ats = AtsAdapters.detect(new FormDescriptor(v.getKey(), List.of(), Set.of()));
            String source = "applyquick-" + sourceName(v.getKey());
            for (int i = 0; i < fields.size(); i++) {
                add(source, describe(fields.get(i)) + "=" + labels.get(i), Label.term(ExpectedVocabulary.APPLYQUICK, labels.get(i)),
                        fields.get(i), classifier.classifyField(fields.get(i), ats));
            }
        }
    }

    private void chromium(Path out) throws IOException {
        Path input = out.getParent().resolveSibling("input").resolve(out.getFileName().toString().replace(".out", ".html"));
        if (!Files.exists(input)) {
            return;
        }
        Map<String, Label> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out)) {
            String[] parts = line.split("\\|");
            if (parts.length >= 2) {
                expected.put(parts[1].trim(), Label.term(ExpectedVocabulary.CHROMIUM, parts[0].trim()));
            }
        }
        HtmlForms.Parsed parsed = HtmlForms.read(Jsoup.parse(input.toFile()), "", null);
        FormClassification fc = classifier.classify(parsed.form());
        for (int i = 0; i < parsed.form().fields().size(); i++) {
            FieldDescriptor f = parsed.form().fields().get(i);
            String key = expected.containsKey(f.id()) ? f.id() : f.name();
            if (expected.containsKey(key)) {
                add("chromium", out.getFileName() + ":" + key, expected.get(key), f, fc.fields().get(i));
            }
        }
    }

    private void add(String source, String field, Label label, FieldDescriptor f, Classification c) {
        FieldType pred = c.fillable() ? c.type() : null;
        if (label.silentIn() != null && pred != null && !label.silentIn().canName(pred)) {
            unscored.add(new Scored(source, field, null, pred, isHidden(f), c.explanation()));
            return;
        }
        FieldType exp = label.type() == null || !label.type().isFillable() ? null : label.type();
        if (exp != null && (isHidden(f) || !f.enabled())) {
            // Our rules forbid filling hidden / disabled controls, so the right answer there is to abstain.
            unsafeExpected++;
            exp = null;
        }
        scored.add(new Scored(source, field, exp, pred, isHidden(f), c.explanation()));
    }

    private static boolean isHidden(FieldDescriptor f) {
        return !f.visible() || f.attribute("aria-hidden").equals("true") || f.type().equals("password");
    }

    private static String describe(FieldDescriptor f) {
        String key = !f.attribute("data-automation-id").isEmpty() ? f.attribute("data-automation-id") : !f.name().isEmpty() ? f.name() : f.id();
        return key + "[" + (f.label().isEmpty() ? f.ariaLabel() : f.label()) + "]";
    }

    private static String sourceName(String ats) {
        String a = ats.toLowerCase(Locale.ROOT);
        for (String v : List.of("greenhouse", "lever", "workday", "workable", "icims")) {
            if (a.contains(v)) {
                return v;
            }
        }
        return "other";
    }

    private void report() {
        Map<String, int[]> perType = new TreeMap<>();
        Map<String, int[]> perSource = new TreeMap<>();
        int tp = 0, fp = 0, fn = 0, wrongLegal = 0, hiddenFilled = 0;
        System.out.println("== wrong fills (expected -> predicted) ==");
        for (Scored s : scored) {
            boolean correct = s.predicted() != null && s.predicted() == s.expected();
            boolean wrong = s.predicted() != null && s.predicted() != s.expected();
            boolean missed = s.expected() != null && !correct;
            if (correct) {
                tp++;
                bump(perType, s.expected().name(), 0);
                bump(perSource, s.source(), 0);
            }
            if (wrong) {
                fp++;
                bump(perType, s.predicted().name(), 1);
                bump(perSource, s.source(), 1);
                System.out.println("WRONG " + s.source() + " " + s.field() + ": " + s.expected() + " -> " + s.predicted() + " (" + s.why() + ")");
                if (s.predicted().isLegal() || s.expected() != null && s.expected().isLegal()) {
                    wrongLegal++;
                }
            }
            if (missed) {
                fn++;
                bump(perType, s.expected().name(), 2);
                bump(perSource, s.source(), 2);
            }
            if (s.predicted() != null && s.hidden()) {
                hiddenFilled++;
            }
        }
        System.out.println("== misses (expected, abstained or wrong) ==");
        for (Scored s : scored) {
            if (s.expected() != null && s.predicted() == null) {
                System.out.println("MISS " + s.source() + " " + s.field() + ": " + s.expected() + " (" + s.why() + ")");
            }
        }
        System.out.println("== fills the label's vocabulary has no term for (listed, not scored) ==");
        for (Scored s : unscored) {
            System.out.println("UNSCORED " + s.source() + " " + s.field() + ": " + s.predicted() + " (" + s.why() + ")");
            if (s.hidden()) {
                hiddenFilled++;
            }
        }
        table("type", perType);
        table("source/ATS", perSource);
        int fields = scored.size() + unscored.size();
        System.out.printf(Locale.ROOT, "note: %d labelled fields are hidden/disabled in the captured DOM and are scored as"
                + " should-abstain; counting them as misses gives recall=%.3f%n", unsafeExpected, ratio(tp, tp + fn + unsafeExpected));
        System.out.printf(Locale.ROOT, "note: %d fills under a silent label of a vocabulary without that type are listed above, not scored%n",
                unscored.size());
        System.out.printf(Locale.ROOT, "precision=%.3f recall=%.3f fields=%d wrong_legal=%d hidden_filled=%d%n",
                ratio(tp, tp + fp), ratio(tp, tp + fn), fields, wrongLegal, hiddenFilled);
    }

    private static void bump(Map<String, int[]> m, String key, int slot) {
        m.computeIfAbsent(key, k -> new int[3])[slot]++;
    }

    private static void table(String title, Map<String, int[]> m) {
        System.out.printf(Locale.ROOT, "== per %s ==%n%-22s %5s %5s %5s %9s %7s%n", title, title, "tp", "fp", "fn", "precision", "recall");
        for (Map.Entry<String, int[]> e : m.entrySet()) {
            int[] v = e.getValue();
            System.out.printf(Locale.ROOT, "%-22s %5d %5d %5d %9.3f %7.3f%n", e.getKey(), v[0], v[1], v[2], ratio(v[0], v[0] + v[1]),
                    ratio(v[0], v[0] + v[2]));
        }
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }
}
