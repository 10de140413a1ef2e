package dev.applypilot.server.resume.parse.extract;

import dev.applypilot.server.resume.parse.ResumeParseErrorCode;
import dev.applypilot.server.resume.parse.ResumeParseException;
import dev.applypilot.server.resume.parse.ResumeParseLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF text with PDFBox: glyph positions, sizes and weights are collected per page and laid out by
 * {@link PdfPageLayout}, which reads two-column pages column by column instead of interleaving them.
 */
public final class PdfExtractor {
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Writers may append a few bytes (newlines, padding) after the final %%EOF. */
    private static final int EOF_WINDOW = 2048;
    private static final List<String> ICON_FONTS = List.of("awesome", "icons", "fontello", "glyphicons", "octicons",
            "academicons", "materialsymbols", "ionicons", "wingdings", "webdings", "zapfdingbats", "dingbats");

    public List<TextLine> extract(byte[] bytes, ResumeParseLimits limits, Deadline deadline) {
        if (!endsWithEofMarker(bytes)) {
            throw new ResumeParseException(ResumeParseErrorCode.CORRUPT, "The PDF is truncated (no end-of-file marker).");
        }
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(Math.max(bytes.length * 8L, 32L << 20)).streamCache)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new ResumeParseException(ResumeParseErrorCode.CORRUPT, "The PDF has no readable pages.");
            }
            if (pages > limits.maxPdfPages()) {
                throw new ResumeParseException(ResumeParseErrorCode.TOO_LARGE,
                        "The PDF has " + pages + " pages; at most " + limits.maxPdfPages() + " are accepted.");
            }
            GlyphCollector collector = new GlyphCollector(deadline);
            collector.getText(document);
            return collector.lines;
        } catch (InvalidPasswordException e) {
            throw new ResumeParseException(ResumeParseErrorCode.ENCRYPTED, "The PDF needs a password to open.", e);
        } catch (IOException e) {
            throw new ResumeParseException(ResumeParseErrorCode.CORRUPT, "The PDF cannot be read: " + e.getMessage(), e);
        } catch (ResumeParseException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // PDFBox is lenient but malformed object graphs can still blow up deep inside; that is a broken file.
            throw new ResumeParseException(ResumeParseErrorCode.CORRUPT, "The PDF is malformed: " + e, e);
        }
    }

    private static boolean endsWithEofMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - EOF_WINDOW);
        outer:
        for (int i = bytes.length - EOF_MARKER.length; i >= from; i--) {
            for (int j = 0; j < EOF_MARKER.length; j++) {
                if (bytes[i + j] != EOF_MARKER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Collects positioned glyphs instead of letting PDFTextStripper write text; lays out each page at its end. */
    private static final class GlyphCollector extends PDFTextStripper {
        private final Deadline deadline;
        private final List<PdfGlyph> pageGlyphs = new ArrayList<>();
        private final List<TextLine> lines = new ArrayList<>();

        GlyphCollector(Deadline deadline) {
            this.deadline = deadline;
        }

        @Override
        protected void startPage(PDPage page) {
            pageGlyphs.clear();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            String unicode = text.getUnicode();
            if (unicode == null || unicode.isEmpty() || isIconFont(text.getFont())) {
                return;
            }
            float size = Math.abs(text.getFontSizeInPt()) > 0 ? text.getFontSizeInPt() : text.getHeightDir();
            float x = text.getXDirAdj();
            pageGlyphs.add(new PdfGlyph(unicode, x, x + Math.max(text.getWidthDirAdj(), 0f), text.getYDirAdj(),
                    Math.abs(size), isBold(text.getFont())));
            if ((pageGlyphs.size() & 1023) == 0) {
                deadline.check();
            }
        }

        @Override
        protected void endPage(PDPage page) {
            deadline.check();
            lines.addAll(PdfPageLayout.layout(pageGlyphs));
        }

        /** Icon fonts (FontAwesome & co) map pictograms to letters like "I" or "#": they are not text. */
        private static boolean isIconFont(PDFont font) {
            String name = font == null || font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
            for (String icon : ICON_FONTS) {
                if (name.contains(icon)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isBold(PDFont font) {
            if (font == null) {
                return false;
            }
            PDFontDescriptor descriptor = font.getFontDescriptor();
            if (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600)) {
                return true;
            }
            String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
            return name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold")
                    || name.contains("demi");
        }
    }
}
