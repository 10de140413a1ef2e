package dev.applypilot.server.resume.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Recognises PDF, DOCX and plain text from the bytes alone (magic numbers), because the client's content type and
 * file name are whatever the browser or an attacker says. Anything else is rejected with a reason the user can act on.
 */
public final class FileSniffer {
    private static final byte[] PDF_MAGIC = ascii("%PDF-");
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] DOCX_MAIN_PART = ascii("word/document.xml");
    /** An encrypted OOXML file is an OLE2 container with this stream (UTF-16LE in the directory). */
    private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    /** The PDF header may legally follow some junk bytes; readers look in the first kilobyte. */
    private static final int PDF_HEADER_WINDOW = 1024;

    public ResumeFileType sniff(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ResumeParseException(ResumeParseErrorCode.EMPTY, "The file is empty.");
        }
        if (indexOf(bytes, PDF_MAGIC, 0, Math.min(bytes.length, PDF_HEADER_WINDOW)) >= 0) {
            return ResumeFileType.PDF;
        }
        if (startsWith(bytes, ZIP_MAGIC)) {
            return sniffZip(bytes);
        }
        if (startsWith(bytes, OLE2_MAGIC)) {
            if (indexOf(bytes, ENCRYPTED_PACKAGE, 0, bytes.length) >= 0) {
                throw new ResumeParseException(ResumeParseErrorCode.ENCRYPTED, "The Word document is password-protected.");
            }
            throw unsupported("This is a legacy Office file (e.g. Word 97-2003 .doc); save it as DOCX or PDF.");
        }
        String imageKind = imageKind(bytes);
        if (imageKind != null) {
            throw unsupported("This is a " + imageKind + " image, not a document with text.");
        }
        String text = decodeUtf8(bytes);
        if (text == null) {
            throw unsupported("The file is neither PDF, DOCX nor UTF-8 text.");
        }
        String head = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (head.startsWith("{\\rtf")) {
            throw unsupported("This is an RTF file; save it as DOCX or PDF.");
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            throw unsupported("This is a web page (HTML); save the resume as PDF or DOCX.");
        }
        return ResumeFileType.TXT;
    }

    private static ResumeFileType sniffZip(byte[] bytes) {
        // File names are stored uncompressed in the local and central headers, so a byte search needs no inflating
        // (which matters for zip bombs).
        if (indexOf(bytes, DOCX_MAIN_PART, 0, bytes.length) >= 0) {
            return ResumeFileType.DOCX;
        }
        if (indexOf(bytes, ascii("application/vnd.oasis.opendocument.text"), 0, Math.min(bytes.length, 256)) >= 0) {
            throw unsupported("This is an OpenDocument text file (.odt); save it as DOCX or PDF.");
        }
        throw unsupported("This is a ZIP archive that is not a Word (DOCX) document.");
    }

    private static String imageKind(byte[] b) {
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return "PNG";
        }
        if (startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "JPEG";
        }
        if (startsWith(b, ascii("GIF8"))) {
            return "GIF";
        }
        return null;
    }

    /** Plain text: valid UTF-8 (BOM allowed), no NUL, hardly any other control characters. */
    private static String decodeUtf8(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return null;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls * 100 > text.length() ? null : text;
    }

    private static ResumeParseException unsupported(String message) {
        return new ResumeParseException(ResumeParseErrorCode.UNSUPPORTED_TYPE, message);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && indexOf(bytes, prefix, 0, prefix.length) == 0;
    }

    private static int indexOf(byte[] bytes, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
