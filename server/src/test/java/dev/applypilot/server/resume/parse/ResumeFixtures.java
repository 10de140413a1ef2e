package dev.applypilot.server.resume.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.wp.usermodel.HeaderFooterType;

/** Resume files generated in the tests themselves: PDFs with PDFBox, DOCX with POI, hostile variants. */
final class ResumeFixtures {
    private static final float LEFT = 50;
    private static final float TOP = 800;

    private ResumeFixtures() {
    }

    /** One column, bold headings, dates right-aligned on the job line, two pages. */
    static byte[] singleColumnPdf() {
        return pdf((doc, regular, bold) -> {
            Page page = new Page(doc);
            page.text(regular, 20, LEFT, TOP, "José Müller-Łukasiewicz");
            page.text(regular, 12, LEFT, TOP - 22, "Senior Software Engineer");
            page.text(regular, 10, LEFT, TOP - 38,
                    "Berlin, Germany | jose.mueller@example.org | +49 30 1234567 | linkedin.com/in/jose-mueller | github.com/josemueller");
            float y = TOP - 70;
            page.text(bold, 13, LEFT, y, "EXPERIENCE");
            page.text(regular, 11, LEFT, y -= 18, "Senior Software Engineer, Acme GmbH, Berlin, Germany");
            page.text(regular, 11, 440, y, "03/2019 – Present");
            page.text(regular, 11, LEFT, y -= 15, "• Built a payment service handling two million requests per day.");
            page.text(regular, 11, LEFT, y -= 15, "• Led a team of five engineers and introduced trunk-based");
            page.text(regular, 11, LEFT + 8, y -= 15, "development across three services.");
            page.text(regular, 11, LEFT, y -= 20, "Software Developer, Globex Inc., Munich, Germany");
            page.text(regular, 11, 440, y, "Jan 2015 – Feb 2019");
            page.text(regular, 11, LEFT, y -= 15, "• Migrated the monolith to Kubernetes.");
            page.text(bold, 13, LEFT, y -= 28, "EDUCATION");
            page.text(regular, 11, LEFT, y -= 18, "Technische Universität München, M.Sc. Informatik");
            page.text(regular, 11, 440, y, "2012 – 2014");
            page.text(bold, 13, LEFT, y -= 28, "SKILLS");
            page.text(regular, 11, LEFT, y -= 18, "Java, Kotlin, PostgreSQL, Kubernetes, Apache Kafka");
            page.close();
            Page second = new Page(doc);
            float y2 = TOP;
            second.text(bold, 13, LEFT, y2, "PROJECTS");
            second.text(regular, 11, LEFT, y2 -= 18, "Open-source rate limiter for the JVM, 1,200 stars on GitHub.");
            second.text(bold, 13, LEFT, y2 -= 28, "LANGUAGES");
            second.text(regular, 11, LEFT, y2 -= 18, "German (native), English (fluent), Polish (basic)");
            second.close();
        });
    }

    /** A sidebar (contact, skills, languages) beside the main column, rows sharing baselines. */
    static byte[] twoColumnPdf() {
        return pdf((doc, regular, bold) -> {
            Page page = new Page(doc);
            page.text(regular, 22, LEFT, TOP, "Zoë Kowalczyk-Nowak");
            page.text(regular, 12, LEFT, TOP - 24, "Backend Engineer");
            String[] left = {"CONTACT", "zoe.kowalczyk@example.pl", "+48 601 234 567", "Warsaw, Poland", "",
                    "SKILLS", "Python", "Django", "PostgreSQL", "Docker", "", "LANGUAGES", "Polish", "English"};
            String[] right = {"EXPERIENCE", "Backend Engineer, Initech Sp. z o.o., Warsaw, Poland", "05/2020 – 12/2023",
                    "• Designed the billing API used by every product team.", "• Cut p99 latency from 900 ms to 120 ms.",
                    "Junior Developer, Hooli Ltd, Kraków, Poland", "09/2018 – 04/2020",
                    "• Maintained the internal reporting dashboards.", "", "EDUCATION",
                    "Warsaw University of Technology", "BSc Computer Science, 2014 – 2018"};
            float y = TOP - 60;
            for (int i = 0; i < Math.max(left.length, right.length); i++, y -= 16) {
                if (i < left.length && !left[i].isEmpty()) {
                    boolean heading = left[i].equals(left[i].toUpperCase(java.util.Locale.ROOT)) && !left[i].contains("@")
                            && !left[i].startsWith("+");
                    page.text(heading ? bold : regular, heading ? 13 : 10, LEFT, y, left[i]);
                }
                if (i < right.length && !right[i].isEmpty()) {
                    boolean heading = right[i].equals("EXPERIENCE") || right[i].equals("EDUCATION");
                    page.text(heading ? bold : regular, heading ? 13 : 10, 215, y, right[i]);
                }
            }
            page.close();
        });
    }

    /** A PDF that needs a user password to open. */
    static byte[] encryptedPdf() {
        return pdf((doc, regular, bold) -> {
            Page page = new Page(doc);
            page.text(regular, 12, LEFT, TOP, "Secret Person");
            page.close();
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
        });
    }

    /** Encrypted with an owner password only: anyone may open it, so it must parse. */
    static byte[] ownerOnlyEncryptedPdf() {
        return pdf((doc, regular, bold) -> {
            Page page = new Page(doc);
            page.text(regular, 16, LEFT, TOP, "Open Person");
            page.text(regular, 11, LEFT, TOP - 20, "open.person@example.com");
            page.close();
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
        });
    }

    /** Pages with nothing but an empty page (what a scan without OCR looks like to a text extractor). */
    static byte[] imageOnlyPdf() {
        return pdf((doc, regular, bold) -> doc.addPage(new PDPage(PDRectangle.A4)));
    }

    static byte[] pdfWithPages(int pages) {
        return pdf((doc, regular, bold) -> {
            for (int i = 0; i < pages; i++) {
                Page page = new Page(doc);
                page.text(regular, 11, LEFT, TOP, "Page text " + i);
                page.close();
            }
        });
    }

    /** Heading styles, a title, contact details in the page header and skills in a table. */
    static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            header.createParagraph().createRun().setText("ana.garcia@example.es · +34 612 345 678 · Madrid, España");
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            XWPFRun name = title.createRun();
            name.setText("Ana García-Núñez");
            name.setFontSize(24);
            heading(doc, "Experiencia profesional");
            paragraph(doc, "Desarrolladora Backend | Telefónica S.A. | Madrid");
            paragraph(doc, "enero 2020 – actualidad");
            paragraph(doc, "• Diseñé la API de facturación en Java y Spring Boot.");
            paragraph(doc, "• Reduje el tiempo de despliegue a diez minutos.");
            heading(doc, "Educación");
            paragraph(doc, "Universidad Politécnica de Madrid");
            paragraph(doc, "Grado en Ingeniería Informática, 2014 – 2018");
            heading(doc, "Habilidades");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Java");
            table.getRow(0).getCell(1).setText("Spring Boot");
            table.getRow(1).getCell(0).setText("SQL");
            table.getRow(1).getCell(1).setText("Docker");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading1");
        p.setAlignment(ParagraphAlignment.LEFT);
        XWPFRun run = p.createRun();
        run.setBold(true);
        run.setFontSize(14);
        run.setText(text);
    }

    private static void paragraph(XWPFDocument doc, String text) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setFontSize(11);
        run.setText(text);
    }

    /** A valid DOCX plus a media part of {@code zeroBytes} zeros: tiny on disk, huge when inflated. */
    static byte[] zipBombDocx(int zeroBytes) {
        return withExtraEntry(docx(), "word/media/image1.bin", zeroBytes);
    }

    static byte[] withExtraEntry(byte[] docx, String name, int zeroBytes) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
             ZipOutputStream zip = new ZipOutputStream(out);
             java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            java.util.zip.ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[1 << 20];
            for (int written = 0; written < zeroBytes; written += zeros.length) {
                zip.write(zeros, 0, Math.min(zeros.length, zeroBytes - written));
            }
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = ResumeFixtures.class.getResourceAsStream("/resumes/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    interface PdfContent {
        void write(PDDocument doc, PDFont regular, PDFont bold) throws IOException;
    }

    private static byte[] pdf(PdfContent content) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
             InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDFont regular = PDType0Font.load(doc, ttf);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            content.write(doc, regular, bold);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One A4 page and its content stream. */
    private static final class Page {
        private final PDPageContentStream stream;

        Page(PDDocument doc) throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
        }

        void text(PDFont font, float size, float x, float y, String text) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        void close() throws IOException {
            stream.close();
        }
    }

    static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n")));
    }
}
