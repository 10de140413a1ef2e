package dev.applypilot.server.resume;

import dev.applypilot.server.resume.parse.ResumeFileType;

import java.util.Locale;

/** Content types and download names for the sniffed file types: the name's extension is made to match the bytes. */
final class ResumeFiles {
    private static final int MAX_NAME = 120;

    private ResumeFiles() {
    }

    static String contentType(ResumeFileType type) {
        return switch (type) {
            case PDF -> "application/pdf";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case TXT -> "text/plain; charset=utf-8";
        };
    }

    /** A safe file name (no path, no control characters) ending in the extension of the real type. */
    static String fileName(String uploaded, ResumeFileType type) {
        String name = uploaded == null ? "" : uploaded;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        for (int i = 0; i < name.length() && clean.length() < MAX_NAME; i++) {
            char c = name.charAt(i);
            clean.append(c < 0x20 || c == '"' || c == 0x7f ? '_' : c);
        }
        String base = clean.toString().trim();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        if (base.isBlank()) {
            base = "resume";
        }
        return base + "." + type.name().toLowerCase(Locale.ROOT);
    }
}
