package dev.applypilot.server.security;

import dev.applypilot.server.resume.parse.ParsedResume;
import dev.applypilot.server.resume.parse.ResumeParseException;
import dev.applypilot.server.resume.parse.ResumeParser;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Uploaded files are attacker-controlled: random and mutated PDF/DOCX/TXT bytes either parse or fail with
 * {@link ResumeParseException}, never anything else, and each parse finishes within a bounded time.
 */
class ResumeParserFuzzProperties {
    private static final ResumeParser PARSER = new ResumeParser();
    private static final List<String> LINES = List.of("Dana Kowalski", "dana@example.com | +49 30 1234567 | Berlin",
            "EXPERIENCE", "Senior Backend Engineer, Northwind Logistics, 2021 - present", "Built Kafka pipelines in Java",
            "EDUCATION", "TU Berlin, BSc Computer Science, 2013 - 2017", "SKILLS", "Java, Kafka, PostgreSQL, Kubernetes");
    private static final byte[] PDF = pdf();
    private static final byte[] DOCX = docx();
    private static final byte[] TXT = String.join("\n", LINES).getBytes(StandardCharsets.UTF_8);
    private static final Duration BUDGET = Duration.ofSeconds(20);

    @Property(tries = 150)
    void mutatedPdfsParseOrFailWithTheDeclaredException(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int mutations) {
        parseOrDeclaredFailure(mutate(PDF, seed, mutations));
    }

    @Property(tries = 150)
    void mutatedDocxParseOrFailWithTheDeclaredException(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int mutations) {
        parseOrDeclaredFailure(mutate(DOCX, seed, mutations));
    }

    @Property(tries = 300)
    void mutatedTextParsesOrFailsWithTheDeclaredException(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int mutations) {
        parseOrDeclaredFailure(mutate(TXT, seed, mutations));
    }

    @Property(tries = 300)
    void randomBytesParseOrFailWithTheDeclaredException(@ForAll @Size(max = 4096) byte[] bytes, @ForAll @IntRange(min = 0, max = 2) int magic) {
        byte[] prefix = switch (magic) {
            case 0 -> "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
            case 1 -> new byte[] {'P', 'K', 3, 4};
            default -> new byte[0];
        };
        byte[] file = Arrays.copyOf(prefix, prefix.length + bytes.length);
        System.arraycopy(bytes, 0, file, prefix.length, bytes.length);
        parseOrDeclaredFailure(file);
    }

    @Example
    void aMegabyteOfTextIsParsedOrRefusedInTime() {
        StringBuilder text = new StringBuilder();
        Random random = new Random(3);
        while (text.length() < 1024 * 1024) {
            text.append(LINES.get(random.nextInt(LINES.size()))).append(random.nextInt(5) == 0 ? "\n\n" : "\n");
        }
        parseOrDeclaredFailure(text.toString().getBytes(StandardCharsets.UTF_8));
        parseOrDeclaredFailure("a".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8));
    }

    private static void parseOrDeclaredFailure(byte[] bytes) {
        assertTimeoutPreemptively(BUDGET, () -> {
            try {
                ParsedResume parsed = PARSER.parse(bytes);
                assertNotNull(parsed);
            } catch (ResumeParseException expected) {
                // the one declared failure
            }
        });
    }

    /** Flips, overwrites, deletes and duplicates byte ranges, as a corrupted or hand-crafted upload would. */
    private static byte[] mutate(byte[] original, long seed, int mutations) {
        Random random = new Random(seed);
        byte[] bytes = original.clone();
        for (int i = 0; i < mutations && bytes.length > 0; i++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> bytes[at] = (byte) random.nextInt(256);
                case 2 -> bytes = Arrays.copyOf(bytes, at);
                default -> {
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(64));
                    byte[] longer = Arrays.copyOf(bytes, bytes.length + length);
                    System.arraycopy(bytes, at, longer, at + length, bytes.length - at);
                    bytes = longer;
                }
            }
        }
        return bytes;
    }

    private static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(50, 750);
                for (String line : LINES) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : LINES) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
