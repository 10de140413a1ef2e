package dev.applypilot.server.resume.parse.extract;

/** One glyph (or word, once merged) placed on a PDF page; y grows downwards, units are points. */
record PdfGlyph(String text, float x0, float x1, float y, float size, boolean bold) {

    boolean isBlank() {
        return text.isBlank();
    }
}
