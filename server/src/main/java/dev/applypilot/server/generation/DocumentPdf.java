package dev.applypilot.server.generation;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * PDF export with an ATS-friendly layout: one column, real text (no images or tables), standard headings, a plain
 * sans-serif font. The HTML is built with jsoup (escaping every value) and rendered by openhtmltopdf.
 */
final class DocumentPdf {
    private static final String CSS = "@page { size: A4; margin: 18mm 18mm 18mm 18mm; }"
            + "body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.35; color: #111; }"
            + "h1 { font-size: 18pt; margin: 0 0 2pt 0; } h2 { font-size: 11.5pt; margin: 12pt 0 4pt 0; "
            + "border-bottom: 0.75pt solid #444; text-transform: uppercase; letter-spacing: 0.5pt; }"
            + "p { margin: 0 0 6pt 0; } ul { margin: 2pt 0 6pt 0; padding-left: 14pt; } li { margin-bottom: 2pt; }"
            + ".role { font-weight: bold; margin-top: 6pt; } .meta { color: #444; }";

    private DocumentPdf() {
    }

    static byte[] resume(TailoredResume r) {
        Document doc = page(r.name().isBlank() ? "Resume" : r.name());
        Element body = doc.body();
        if (!r.name().isBlank()) {
            body.appendElement("h1").text(r.name());
        }
        if (!r.headline().isBlank()) {
            body.appendElement("p").addClass("meta").text(r.headline());
        }
        if (!r.summary().isBlank()) {
            body.appendElement("h2").text("Summary");
            body.appendElement("p").text(r.summary());
        }
        if (!r.skills().isEmpty()) {
            body.appendElement("h2").text("Skills");
            body.appendElement("p").text(String.join(", ", r.skills()));
        }
        if (!r.experience().isEmpty()) {
            body.appendElement("h2").text("Experience");
            for (ResumeRole role : r.experience()) {
                body.appendElement("p").addClass("role").text(role.title() + (role.company().isBlank() ? "" : ", " + role.company()));
                String dates = (role.start() == null ? "" : role.start()) + " – " + (role.current() || role.end() == null ? "Present" : role.end());
                body.appendElement("p").addClass("meta").text(dates + (role.location() == null ? "" : " · " + role.location()));
                Element list = body.appendElement("ul");
                role.bullets().forEach(b -> list.appendElement("li").text(b));
            }
        }
        if (!r.education().isEmpty()) {
            body.appendElement("h2").text("Education");
            r.education().forEach(e -> body.appendElement("p").text(e));
        }
        return render(doc);
    }

    static byte[] letter(CoverLetter letter) {
        Document doc = page("Cover letter");
        for (String paragraph : letter.text().split("\\n\\s*\\n")) {
            Element p = doc.body().appendElement("p");
            String[] lines = paragraph.split("\\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    p.appendElement("br");
                }
                p.appendText(lines[i]);
            }
        }
        return render(doc);
    }

    private static Document page(String title) {
        Document doc = Jsoup.parse("<html><head><meta charset=\"utf-8\"/><title></title><style></style></head><body></body></html>");
        doc.title(title);
        doc.head().selectFirst("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
        return doc;
    }

    private static byte[] render(Document doc) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(doc), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
