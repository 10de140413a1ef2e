package dev.applypilot.server.resume.parse.extract;

import dev.applypilot.server.resume.parse.ResumeParseErrorCode;
import dev.applypilot.server.resume.parse.ResumeParseException;
import dev.applypilot.server.resume.parse.ResumeParseLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * DOCX text with Apache POI: headers first (contact details often live there), then the body in document order
 * (paragraphs with their heading styles, tables cell by cell, row by row), then footers.
 *
 * <p>Zip bombs are stopped twice: the archive is inflated once up front with a hard cap on the total uncompressed
 * size (entry headers can lie), and POI's own {@link ZipSecureFile} ratio and entry-size guards stay on.
 */
public final class DocxExtractor {
    /** POI's guards are process-wide statics; these values are at least as strict as POI's defaults. */
    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_SIZE));
    }

    public List<TextLine> extract(byte[] bytes, ResumeParseLimits limits, Deadline deadline) {
        checkInflatedSize(bytes, limits, deadline);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<TextLine> lines = new ArrayList<>();
            for (XWPFHeaderFooter header : document.getHeaderList()) {
                addElements(lines, header.getBodyElements(), deadline);
            }
            addElements(lines, document.getBodyElements(), deadline);
            for (XWPFHeaderFooter footer : document.getFooterList()) {
                addElements(lines, footer.getBodyElements(), deadline);
            }
            return lines;
        } catch (IOException | POIXMLException | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")) {
                throw new ResumeParseException(ResumeParseErrorCode.ZIP_BOMB, "The DOCX looks like a zip bomb.", e);
            }
            throw new ResumeParseException(ResumeParseErrorCode.CORRUPT, "The DOCX cannot be read: " + e.getMessage(), e);
        } catch (ResumeParseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ResumeParseException(ResumeParseErrorCode.CORRUPT, "The DOCX is malformed: " + e, e);
        }
    }

    /** Inflates every entry, counting real bytes, and gives up as soon as the total passes the cap. */
    private static void checkInflatedSize(byte[] bytes, ResumeParseLimits limits, Deadline deadline) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxZipEntries()) {
                    throw new ResumeParseException(ResumeParseErrorCode.ZIP_BOMB,
                            "The DOCX holds more than " + limits.maxZipEntries() + " parts.");
                }
                total += drain(zip, buffer, limits.maxUnzippedBytes() - total);
                if (total > limits.maxUnzippedBytes()) {
                    throw new ResumeParseException(ResumeParseErrorCode.ZIP_BOMB, "The DOCX inflates to more than "
                            + limits.maxUnzippedBytes() / (1024 * 1024) + " MB (entry " + entry.getName() + ").");
                }
                deadline.check();
            }
        } catch (IOException | IllegalArgumentException e) {
            // ZipInputStream reports an entry name that is not valid UTF-8 as IllegalArgumentException.
            throw new ResumeParseException(ResumeParseErrorCode.CORRUPT, "The DOCX archive is damaged: " + e.getMessage(), e);
        }
    }

    /** Reads one entry, stopping one byte past {@code allowance} so the caller sees the overflow. */
    private static long drain(InputStream in, byte[] buffer, long allowance) throws IOException {
        long read = 0;
        int n;
        while (read <= allowance && (n = in.read(buffer)) > 0) {
            read += n;
        }
        return read;
    }

    private static void addElements(List<TextLine> lines, List<IBodyElement> elements, Deadline deadline) {
        for (IBodyElement element : elements) {
            deadline.check();
            if (element instanceof XWPFParagraph paragraph) {
                addParagraph(lines, paragraph);
            } else if (element instanceof XWPFTable table) {
                addTable(lines, table, deadline);
            }
        }
    }

    private static void addTable(List<TextLine> lines, XWPFTable table, Deadline deadline) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                addElements(lines, cell.getBodyElements(), deadline);
            }
        }
    }

    private static void addParagraph(List<TextLine> lines, XWPFParagraph paragraph) {
        String text = paragraph.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        float size = 0;
        int chars = 0;
        int boldChars = 0;
        for (XWPFRun run : paragraph.getRuns()) {
            String runText = run.text();
            int length = runText == null ? 0 : runText.strip().length();
            chars += length;
            boldChars += run.isBold() ? length : 0;
            Double runSize = run.getFontSizeAsDouble();
            if (runSize != null) {
                size = Math.max(size, runSize.floatValue());
            }
        }
        boolean bold = chars > 0 && boldChars * 10 >= chars * 8;
        boolean heading = isHeadingStyle(paragraph);
        // Soft line breaks (w:br) and carriage returns inside a paragraph are separate visual lines.
        for (String part : text.split("[\\n\\r\\u000B]")) {
            String normalised = LineNormaliser.normalise(part);
            if (!normalised.isEmpty()) {
                lines.add(new TextLine(normalised, size, bold, heading));
            }
        }
    }

    private static boolean isHeadingStyle(XWPFParagraph paragraph) {
        String styleId = paragraph.getStyleID();
        if (styleId == null) {
            return false;
        }
        String name = styleId;
        if (paragraph.getDocument().getStyles() != null) {
            XWPFStyle style = paragraph.getDocument().getStyles().getStyle(styleId);
            if (style != null && style.getName() != null) {
                name = style.getName();
            }
        }
        String lower = name.toLowerCase(Locale.ROOT).replace(" ", "");
        return lower.startsWith("heading") || lower.equals("title")
                || lower.startsWith("überschrift") || lower.startsWith("titre");
    }
}
