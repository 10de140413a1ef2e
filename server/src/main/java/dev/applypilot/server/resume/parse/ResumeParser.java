package dev.applypilot.server.resume.parse;

import dev.applypilot.server.resume.parse.extract.Deadline;
import dev.applypilot.server.resume.parse.extract.DocxExtractor;
import dev.applypilot.server.resume.parse.extract.PdfExtractor;
import dev.applypilot.server.resume.parse.extract.PlainTextExtractor;
import dev.applypilot.server.resume.parse.extract.TextLine;
import dev.applypilot.server.resume.parse.structure.ResumeStructurer;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Entry point: resume file bytes in, {@link ParsedResume} out, or a {@link ResumeParseException} whose code tells
 * the user what to do (encrypted, corrupt, zip bomb, unsupported type, too large, no text, timeout).
 * Thread-safe and stateless.
 */
@Singleton
public final class ResumeParser {
    private final ResumeParseLimits limits;
    private final FileSniffer sniffer = new FileSniffer();
    private final PdfExtractor pdf = new PdfExtractor();
    private final DocxExtractor docx = new DocxExtractor();
    private final PlainTextExtractor txt = new PlainTextExtractor();
    private final ResumeStructurer structurer = new ResumeStructurer();

    public ResumeParser() {
        this(ResumeParseLimits.defaults());
    }

    public ResumeParser(ResumeParseLimits limits) {
        this.limits = limits;
    }

    public ParsedResume parse(byte[] bytes) {
        if (bytes != null && bytes.length > limits.maxFileBytes()) {
            throw new ResumeParseException(ResumeParseErrorCode.TOO_LARGE,
                    "The file has " + bytes.length + " bytes; at most " + limits.maxFileBytes() + " are accepted.");
        }
        ResumeFileType type = sniffer.sniff(bytes);
        Deadline deadline = new Deadline(limits.timeout());
        List<TextLine> lines = switch (type) {
            case PDF -> pdf.extract(bytes, limits, deadline);
            case DOCX -> docx.extract(bytes, limits, deadline);
            case TXT -> txt.extract(bytes, deadline);
        };
        long chars = lines.stream().mapToLong(line -> line.text().length() + 1L).sum();
        if (chars > limits.maxTextChars()) {
            throw new ResumeParseException(ResumeParseErrorCode.TOO_LARGE,
                    "The resume has " + chars + " characters of text; at most " + limits.maxTextChars() + " are accepted.");
        }
        if (lines.stream().noneMatch(line -> line.text().chars().anyMatch(Character::isLetterOrDigit))) {
            throw new ResumeParseException(ResumeParseErrorCode.NO_TEXT, "No text could be extracted from the " + type + ".");
        }
        ParsedResume parsed = structurer.structure(type, lines);
        deadline.check();
        return parsed;
    }
}
