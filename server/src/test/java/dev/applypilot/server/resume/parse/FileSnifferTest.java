package dev.applypilot.server.resume.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileSnifferTest {
    private final FileSniffer sniffer = new FileSniffer();

    @Test
    void recognisesGeneratedPdfAndDocxFromBytes() {
        assertEquals(ResumeFileType.PDF, sniffer.sniff(ResumeFixtures.singleColumnPdf()));
        assertEquals(ResumeFileType.DOCX, sniffer.sniff(ResumeFixtures.docx()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "plain ASCII,              4a616e6520446f650a,       TXT",
            "UTF-8 with BOM,           efbbbf4ac3a972c3b46d650a, TXT",
            "PDF after junk bytes,     0a0a255044462d312e370a,   PDF",
    })
    void acceptsByMagicBytes(String description, String hex, ResumeFileType expected) {
        assertEquals(expected, sniffer.sniff(HexFormat.of().parseHex(hex)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "PNG image,                    89504e470d0a1a0a,                 unsupported_type",
            "JPEG image,                   ffd8ffe000104a464946,             unsupported_type",
            "legacy Word 97 .doc,          d0cf11e0a1b11ae1000000,           unsupported_type",
            "zip that is not a DOCX,       504b0304140000000000,             unsupported_type",
            "text with a NUL byte,         4a616e6500446f65,                 unsupported_type",
            "invalid UTF-8 (Latin-1 text), 4a6f73e9,                         unsupported_type",
            "RTF,                          7b5c727466315c616e7369,           unsupported_type",
    })
    void rejectsEverythingElseWithAReason(String description, String hex, String code) {
        ResumeParseException e = assertThrows(ResumeParseException.class, () -> sniffer.sniff(HexFormat.of().parseHex(hex)));
        assertEquals(code, e.code().code());
    }

    @Test
    void encryptedOfficeContainerIsReportedAsEncrypted() {
        byte[] header = HexFormat.of().parseHex("d0cf11e0a1b11ae1");
        byte[] stream = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[header.length + 64 + stream.length];
        System.arraycopy(header, 0, bytes, 0, header.length);
        System.arraycopy(stream, 0, bytes, header.length + 64, stream.length);
        assertEquals(ResumeParseErrorCode.ENCRYPTED,
                assertThrows(ResumeParseException.class, () -> sniffer.sniff(bytes)).code());
    }
}
