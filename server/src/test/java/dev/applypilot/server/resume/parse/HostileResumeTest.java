package dev.applypilot.server.resume.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HostileResumeTest {
    private final ResumeParser parser = new ResumeParser();

    private static ResumeParseErrorCode codeOf(ResumeParser parser, byte[] bytes) {
        ResumeParseException e = assertThrows(ResumeParseException.class, () -> parser.parse(bytes));
        assertFalse(e.guidance().isBlank());
        return e.code();
    }

    @Test
    void passwordProtectedPdfIsEncrypted() {
        ResumeParseException e = assertThrows(ResumeParseException.class, () -> parser.parse(ResumeFixtures.encryptedPdf()));
        assertEquals(ResumeParseErrorCode.ENCRYPTED, e.code());
        assertEquals("encrypted", e.code().code());
    }

    @Test
    void truncatedPdfIsCorrupt() {
        byte[] pdf = ResumeFixtures.singleColumnPdf();
        assertEquals(ResumeParseErrorCode.CORRUPT, codeOf(parser, Arrays.copyOf(pdf, pdf.length / 2)));
    }

    @Test
    void pdfHeaderFollowedByGarbageIsCorrupt() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        byte[] header = "%PDF-1.7\n".getBytes();
        byte[] trailer = "\n%%EOF\n".getBytes();
        byte[] bytes = new byte[header.length + garbage.length + trailer.length];
        System.arraycopy(header, 0, bytes, 0, header.length);
        System.arraycopy(garbage, 0, bytes, header.length, garbage.length);
        System.arraycopy(trailer, 0, bytes, header.length + garbage.length, trailer.length);
        assertEquals(ResumeParseErrorCode.CORRUPT, codeOf(parser, bytes));
    }

    @Test
    void docxInflatingBeyondTheCapIsAZipBomb() {
        ResumeParser strict = new ResumeParser(new ResumeParseLimits(10L << 20, 200_000, 30, 8L << 20, 2_000,
                Duration.ofSeconds(10)));
        byte[] bomb = ResumeFixtures.zipBombDocx(32 << 20);
        assertEquals(ResumeParseErrorCode.ZIP_BOMB, codeOf(strict, bomb));
    }

    @Test
    void docxPartWithAbsurdCompressionRatioIsCaughtByPoiGuard() {
        // 4 MB of zeros stays under our size cap but compresses > 100:1, which POI's ZipSecureFile rejects.
        assertEquals(ResumeParseErrorCode.ZIP_BOMB, codeOf(parser, ResumeFixtures.zipBombDocx(4 << 20)));
    }

    @Test
    void randomBinaryIsUnsupported() {
        byte[] bytes = new byte[2048];
        new Random(42).nextBytes(bytes);
        assertEquals(ResumeParseErrorCode.UNSUPPORTED_TYPE, codeOf(parser, bytes));
    }

    @Test
    void hugeTextIsTooLarge() {
        assertEquals(ResumeParseErrorCode.TOO_LARGE, codeOf(parser, ResumeFixtures.utf8("word ".repeat(100_000))));
    }

    @Test
    void fileOverTheByteLimitIsTooLargeBeforeAnyParsing() {
        assertEquals(ResumeParseErrorCode.TOO_LARGE, codeOf(parser, new byte[11 << 20]));
    }

    @Test
    void pdfWithTooManyPagesIsTooLarge() {
        assertEquals(ResumeParseErrorCode.TOO_LARGE, codeOf(parser, ResumeFixtures.pdfWithPages(31)));
    }

    @Test
    void pdfWithoutTextHasNoText() {
        assertEquals(ResumeParseErrorCode.NO_TEXT, codeOf(parser, ResumeFixtures.imageOnlyPdf()));
    }

    @Test
    void exhaustedTimeBudgetIsATimeout() {
        ResumeParser hurried = new ResumeParser(new ResumeParseLimits(10L << 20, 200_000, 30, 64L << 20, 2_000,
                Duration.ZERO));
        assertEquals(ResumeParseErrorCode.TIMEOUT, codeOf(hurried, ResumeFixtures.singleColumnPdf()));
    }

    @Test
    void emptyFileIsEmpty() {
        assertEquals(ResumeParseErrorCode.EMPTY, codeOf(parser, new byte[0]));
    }
}
