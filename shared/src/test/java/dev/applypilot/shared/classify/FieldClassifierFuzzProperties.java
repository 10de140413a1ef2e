package dev.applypilot.shared.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldOption;
import dev.applypilot.shared.form.FormDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Hostile pages decide every attribute of a field: whatever they contain, classification returns one verdict per
 * field with a confidence in [0, 1], never throws, and stays fast on huge labels.
 */
class FieldClassifierFuzzProperties {
    private static final FieldClassifier CLASSIFIER = new FieldClassifier();
    private static final String[] WORDS = {"email", "e-mail", "first", "last", "name", "phone", "linkedin", "salary", "password",
            "ssn", "social security", "date of birth", "gender", "veteran", "resume", "cv", "cover letter", "why", "city", "country",
            "zip", "visa", "sponsorship", "url", "github", "start date", "*", "required", "Vorname", "Nachname", "名前", "\u0000",
            "\uD800", "<script>", "'\"", "apply", "submit", "yes", "no", " ", "\n", "0", "-1", "urn:x"};
    private static final String[] TAGS = {"input", "select", "textarea", "button", "div", "", "INPUT"};
    private static final String[] TYPES = {"text", "email", "tel", "password", "hidden", "file", "checkbox", "radio", "select",
            "date", "number", "url", "", "submit", "weird"};

    @Property(tries = 1500)
    void everyFieldGetsOneVerdictWithAConfidenceInRange(@ForAll long seed, @ForAll @IntRange(min = 0, max = 12) int fieldCount) {
        Random random = new Random(seed);
        List<FieldDescriptor> fields = new ArrayList<>();
        for (int i = 0; i < fieldCount; i++) {
            fields.add(field(random, 40));
        }
        FormDescriptor form = new FormDescriptor(random.nextBoolean() ? "https://boards.greenhouse.io/acme/jobs/1" : words(random, 3),
                fields, Set.of(words(random, 1)));
        FormClassification result = CLASSIFIER.classify(form);
        assertEquals(fieldCount, result.fields().size());
        for (Classification c : result.fields()) {
            assertNotNull(c.type());
            assertTrue(c.confidence() >= 0 && c.confidence() <= 1 && !Double.isNaN(c.confidence()), c.toString());
        }
    }

    @Example
    void aMegabyteLabelIsClassifiedQuickly() {
        Random random = new Random(7);
        StringBuilder label = new StringBuilder();
        while (label.length() < 1024 * 1024) {
            label.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        FieldDescriptor huge = new FieldDescriptor("input", "text", label.toString(), label.toString(), "", label.toString(),
                label.toString(), "", label.toString(), label.toString(), label.toString(), List.of(), true, true, true, "", Map.of());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            FormClassification result = CLASSIFIER.classify(new FormDescriptor("https://example.com/apply", List.of(huge), Set.of()));
            assertEquals(1, result.fields().size());
        });
    }

    private static FieldDescriptor field(Random random, int maxWords) {
        List<FieldOption> options = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            options.add(new FieldOption(random.nextBoolean() ? null : words(random, 2), random.nextBoolean() ? null : words(random, 2)));
        }
        return new FieldDescriptor(pick(random, TAGS), pick(random, TYPES), maybe(random, maxWords), maybe(random, maxWords),
                maybe(random, 3), maybe(random, maxWords), maybe(random, maxWords), maybe(random, 3), maybe(random, maxWords),
                maybe(random, maxWords), maybe(random, maxWords), random.nextBoolean() ? null : options, random.nextBoolean(),
                random.nextBoolean(), random.nextBoolean(), maybe(random, 3),
                random.nextBoolean() ? null : Map.of(words(random, 1), words(random, 2)));
    }

    private static String maybe(Random random, int maxWords) {
        return random.nextInt(5) == 0 ? null : words(random, random.nextInt(maxWords + 1));
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "_" : " ");
        }
        return text.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
