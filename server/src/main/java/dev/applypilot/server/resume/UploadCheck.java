package dev.applypilot.server.resume;

import dev.applypilot.server.platform.ApiException;
import dev.applypilot.server.resume.parse.FileSniffer;
import dev.applypilot.server.resume.parse.ResumeFileType;
import dev.applypilot.server.resume.parse.ResumeParseErrorCode;
import dev.applypilot.server.resume.parse.ResumeParseException;
import io.micronaut.http.HttpStatus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;

/**
 * What can be refused at upload time, before a version is stored: the type is sniffed from the bytes, and a PDF is
 * opened once so a password-protected or unreadable one answers 422 right away instead of failing later in the
 * background. Deeper problems (no text, damaged DOCX content) surface as FAILED parse status.
 */
final class UploadCheck {
    private final FileSniffer sniffer = new FileSniffer();

    ResumeFileType check(byte[] bytes) {
        try {
            ResumeFileType type = sniffer.sniff(bytes);
            if (type == ResumeFileType.PDF) {
                openPdf(bytes);
            }
            return type;
        } catch (ResumeParseException e) {
            throw unprocessable(e);
        }
    }

    static ApiException unprocessable(ResumeParseException e) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, e.code().code(), e.getMessage(), e.guidance());
    }

    private static void openPdf(byte[] bytes) {
        try (PDDocument ignored = Loader.loadPDF(bytes)) {
            // Loading decrypts with the empty user password; owner-only protection (no open password) is fine.
        } catch (InvalidPasswordException e) {
            throw new ResumeParseException(ResumeParseErrorCode.ENCRYPTED, "The PDF needs a password to open.", e);
        } catch (IOException | RuntimeException e) {
            throw new ResumeParseException(ResumeParseErrorCode.CORRUPT, "The PDF cannot be read.", e);
        }
    }
}
