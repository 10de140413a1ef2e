package dev.applypilot.server.resume.parse.structure;

import java.util.ArrayList;
import java.util.List;

/** Bullet points: a glyph ("•", "-", "*", "▪"...) starts one; wrapped lines continue the previous one. */
final class Bullets {
    private static final String GLYPHS = "•●▪◦‣∙·*-–—►▶✓✔➢➤○■□♦❖";

    private Bullets() {
    }

    static boolean startsWithGlyph(String line) {
        return line.length() > 1 && GLYPHS.indexOf(line.charAt(0)) >= 0
                && (Character.isWhitespace(line.charAt(1)) || GLYPHS.indexOf(line.charAt(0)) < 2);
    }

    static String withoutGlyph(String line) {
        return startsWithGlyph(line) ? line.substring(1).strip() : line;
    }

    /** Joins wrapped lines with a space (so each bullet is whitespace-equivalent to the source text). */
    static List<String> collect(List<String> lines) {
        List<String> bullets = new ArrayList<>();
        for (String line : lines) {
            boolean glyph = startsWithGlyph(line);
            String text = withoutGlyph(line);
            if (text.isEmpty()) {
                continue;
            }
            if (!glyph && !bullets.isEmpty() && continues(bullets.get(bullets.size() - 1), text)) {
                bullets.set(bullets.size() - 1, bullets.get(bullets.size() - 1) + " " + text);
            } else {
                bullets.add(text);
            }
        }
        return bullets;
    }

    private static boolean continues(String previous, String next) {
        char last = previous.charAt(previous.length() - 1);
        return Character.isLowerCase(next.charAt(0)) || ".!?:;".indexOf(last) < 0;
    }
}
