package dev.applypilot.server.resume.parse.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds reading-order lines from the glyphs of one page.
 *
 * <p>Glyphs become words (split at spaces and gaps), words become rows (same baseline). A two-column page is found
 * by a vertical gutter: a band of the page that (almost) no word covers, with a fair share of the text on each side.
 * Rows that cross the gutter (a full-width name or heading) split the page into bands; inside a band the left column
 * is read before the right one, so the columns never interleave.
 */
final class PdfPageLayout {
    /** A gap wider than this (in ems) inside a row becomes a tab: the parts are separate cells, not one phrase. */
    private static final float CELL_GAP_EMS = 1.5f;
    private static final float WORD_GAP_EMS = 0.18f;
    private static final float MIN_GUTTER_POINTS = 8f;
    private static final float MIN_MARGIN_GUTTER_POINTS = 6f;
    /** Page furniture, not resume text: "Page 2", "Seite 1 von 3", "1/2", "- 3 -". */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?:page|seite|página|pagina|strona)\\s*\\d+(?:\\s*(?:of|/|von|sur|de|di|z)\\s*\\d+)?|\\d+\\s*/\\s*\\d+|-\\s*\\d+\\s*-",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final float MIN_COLUMN_SHARE = 0.12f;

    private PdfPageLayout() {
    }

    static List<TextLine> layout(List<PdfGlyph> glyphs) {
        List<List<PdfGlyph>> rows = rowsOfWords(glyphs);
        List<PdfGlyph> words = new ArrayList<>();
        rows.forEach(words::addAll);
        float[] gutter = findGutter(words, rows);
        List<TextLine> out = new ArrayList<>();
        if (gutter == null) {
            float[] margin = findMarginGutter(words, rows);
            if (margin != null) {
                return layoutWithMargin(rows, margin);
            }
            for (List<PdfGlyph> row : rows) {
                addLine(out, row);
            }
            return out;
        }
        List<List<PdfGlyph>> left = new ArrayList<>();
        List<List<PdfGlyph>> right = new ArrayList<>();
        for (List<PdfGlyph> row : rows) {
            if (crossesGutter(row, gutter)) {
                flush(out, left, right);
                addLine(out, row);
                continue;
            }
            List<PdfGlyph> l = new ArrayList<>();
            List<PdfGlyph> r = new ArrayList<>();
            for (PdfGlyph w : row) {
                (w.x1() <= gutter[0] + 1 ? l : r).add(w);
            }
            if (!l.isEmpty()) {
                left.add(l);
            }
            if (!r.isEmpty()) {
                right.add(r);
            }
        }
        flush(out, left, right);
        return out;
    }

    /**
     * Consecutive rows with a margin part form a block: its margin lines ("June 2022 –", "Present") come first, then
     * the content lines, so a date wrapped in the margin is read in one piece before the job it belongs to.
     */
    private static List<TextLine> layoutWithMargin(List<List<PdfGlyph>> rows, float[] margin) {
        List<TextLine> out = new ArrayList<>();
        List<List<PdfGlyph>> marginBlock = new ArrayList<>();
        List<List<PdfGlyph>> contentBlock = new ArrayList<>();
        for (List<PdfGlyph> row : rows) {
            List<PdfGlyph> left = new ArrayList<>();
            List<PdfGlyph> right = new ArrayList<>();
            if (!crossesGutter(row, margin)) {
                for (PdfGlyph w : row) {
                    (w.x1() <= margin[0] + 1 ? left : right).add(w);
                }
            }
            if (left.isEmpty()) {
                flush(out, marginBlock, contentBlock);
                addLine(out, row);
                continue;
            }
            if (startsNewDate(left, marginBlock)) {
                flush(out, marginBlock, contentBlock);
            }
            marginBlock.add(left);
            if (!right.isEmpty()) {
                contentBlock.add(right);
            }
        }
        flush(out, marginBlock, contentBlock);
        return out;
    }

    /** A margin part with a date starts a new block unless the previous one ends in a range dash ("June 2022 –"). */
    private static boolean startsNewDate(List<PdfGlyph> margin, List<List<PdfGlyph>> block) {
        if (block.isEmpty() || margin.stream().noneMatch(w -> w.text().chars().anyMatch(Character::isDigit))) {
            return false;
        }
        List<PdfGlyph> previous = block.get(block.size() - 1);
        String last = previous.get(previous.size() - 1).text();
        return !(last.endsWith("-") || last.endsWith("–") || last.endsWith("—") || last.equalsIgnoreCase("to")
                || last.equalsIgnoreCase("bis"));
    }

    private static void flush(List<TextLine> out, List<List<PdfGlyph>> left, List<List<PdfGlyph>> right) {
        left.forEach(row -> addLine(out, row));
        right.forEach(row -> addLine(out, row));
        left.clear();
        right.clear();
    }

    private static boolean crossesGutter(List<PdfGlyph> row, float[] gutter) {
        for (PdfGlyph w : row) {
            if (w.x0() < gutter[1] - 1 && w.x1() > gutter[0] + 1) {
                return true;
            }
        }
        return false;
    }

    /** Returns {start, end} of the gutter in points, or null for a single-column page. */
    private static float[] findGutter(List<PdfGlyph> words, List<List<PdfGlyph>> rows) {
        for (float[] gutter : emptyBands(words, Math.max(2, rows.size() / 10), 0.15f, 0.85f, MIN_GUTTER_POINTS, true)) {
            if (columnsBalanced(rows, gutter)) {
                return gutter;
            }
        }
        return null;
    }

    /**
     * A narrow left margin column holding dates beside the content ("2018 – 2022 | B.Tech, ..."), as in moderncv
     * and similar templates. Returns {start, end} of the band right of it, or null.
     */
    private static float[] findMarginGutter(List<PdfGlyph> words, List<List<PdfGlyph>> rows) {
        int maxCrossing = Math.max(Math.max(2, rows.size() * 3 / 10), words.size() * 3 / 100);
        for (float[] band : emptyBands(words, maxCrossing, 0.03f, 0.35f, MIN_MARGIN_GUTTER_POINTS, false)) {
            // the content column starts at the band's right edge; dates may reach into the band
            float[] gutter = {band[1] - 3, band[1]};
            if (isDateMargin(rows, gutter)) {
                return gutter;
            }
        }
        return null;
    }

    /** Most margin parts that sit beside content hold digits (dates), and there are at least two. */
    private static boolean isDateMargin(List<List<PdfGlyph>> rows, float[] gutter) {
        int besideContent = 0;
        int withDigits = 0;
        for (List<PdfGlyph> row : rows) {
            if (crossesGutter(row, gutter)) {
                continue;
            }
            StringBuilder margin = new StringBuilder();
            boolean content = false;
            for (PdfGlyph w : row) {
                if (w.x1() <= gutter[0] + 1) {
                    margin.append(w.text());
                } else {
                    content = true;
                }
            }
            if (margin.length() > 0 && content) {
                besideContent++;
                withDigits += margin.chars().anyMatch(Character::isDigit) ? 1 : 0;
            }
        }
        return besideContent >= 2 && withDigits * 2 >= besideContent;
    }

    /**
     * Vertical bands between {@code from} and {@code to} (fractions of the text width) covered by at most
     * {@code maxCrossing} words (full-width rows such as the name may cross a gutter), widest first.
     */
    private static List<float[]> emptyBands(List<PdfGlyph> words, int maxCrossing, float from, float to, float minWidth,
                                          boolean narrowToCore) {
        List<float[]> bands = new ArrayList<>();
        if (words.size() < 20) {
            return bands;
        }
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        for (PdfGlyph w : words) {
            minX = Math.min(minX, w.x0());
            maxX = Math.max(maxX, w.x1());
        }
        float width = maxX - minX;
        if (width < 150) {
            return bands;
        }
        int[] cover = new int[(int) Math.ceil(width) + 1];
        for (PdfGlyph w : words) {
            int start = Math.max(0, (int) Math.floor(w.x0() - minX));
            int end = Math.min(cover.length, (int) Math.ceil(w.x1() - minX));
            for (int i = start; i < end; i++) {
                cover[i]++;
            }
        }
        int searchFrom = (int) (width * from);
        int searchTo = (int) (width * to);
        int runStart = -1;
        for (int i = searchFrom; i <= searchTo; i++) {
            boolean free = i < searchTo && cover[i] <= maxCrossing;
            if (free && runStart < 0) {
                runStart = i;
            } else if (!free && runStart >= 0) {
                if (i - runStart >= minWidth) {
                    bands.add(narrowToCore ? leastCovered(cover, runStart, i, minWidth, minX)
                            : new float[] {minX + runStart, minX + i});
                }
                runStart = -1;
            }
        }
        bands.sort((a, b) -> Float.compare(b[1] - b[0], a[1] - a[0]));
        return bands;
    }

    /** The part of a band that the fewest words cover (a long line ending inside the band is not the gutter). */
    private static float[] leastCovered(int[] cover, int from, int to, float minWidth, float minX) {
        int least = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            least = Math.min(least, cover[i]);
        }
        int bestStart = from;
        int bestEnd = to;
        int bestLength = 0;
        int runStart = -1;
        for (int i = from; i <= to; i++) {
            boolean core = i < to && cover[i] == least;
            if (core && runStart < 0) {
                runStart = i;
            } else if (!core && runStart >= 0) {
                if (i - runStart > bestLength) {
                    bestLength = i - runStart;
                    bestStart = runStart;
                    bestEnd = i;
                }
                runStart = -1;
            }
        }
        return bestLength >= minWidth ? new float[] {minX + bestStart, minX + bestEnd} : new float[] {minX + from, minX + to};
    }

    /** Right-aligned dates also leave a gap; real columns hold a fair share of the text and several rows each. */
    private static boolean columnsBalanced(List<List<PdfGlyph>> rows, float[] gutter) {
        int leftChars = 0;
        int rightChars = 0;
        int leftRows = 0;
        int rightRows = 0;
        for (List<PdfGlyph> row : rows) {
            if (crossesGutter(row, gutter)) {
                continue;
            }
            boolean hasLeft = false;
            boolean hasRight = false;
            for (PdfGlyph w : row) {
                if (w.x1() <= gutter[0] + 1) {
                    leftChars += w.text().length();
                    hasLeft = true;
                } else {
                    rightChars += w.text().length();
                    hasRight = true;
                }
            }
            leftRows += hasLeft ? 1 : 0;
            rightRows += hasRight ? 1 : 0;
        }
        int total = leftChars + rightChars;
        return leftRows >= 3 && rightRows >= 3
                && leftChars >= total * MIN_COLUMN_SHARE && rightChars >= total * MIN_COLUMN_SHARE;
    }

    /** Groups glyphs into rows by baseline, then merges each row's glyphs into words (sorted by x). */
    private static List<List<PdfGlyph>> rowsOfWords(List<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::y).thenComparingDouble(PdfGlyph::x0));
        List<List<PdfGlyph>> rows = new ArrayList<>();
        List<PdfGlyph> row = new ArrayList<>();
        float rowY = 0;
        for (PdfGlyph g : sorted) {
            float tolerance = Math.max(1.5f, g.size() * 0.35f);
            if (!row.isEmpty() && Math.abs(g.y() - rowY) > tolerance) {
                rows.add(words(row));
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                rowY = g.y();
            }
            row.add(g);
        }
        if (!row.isEmpty()) {
            rows.add(words(row));
        }
        rows.removeIf(List::isEmpty);
        return rows;
    }

    private static List<PdfGlyph> words(List<PdfGlyph> rowGlyphs) {
        rowGlyphs.sort(Comparator.comparingDouble(PdfGlyph::x0));
        List<PdfGlyph> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float x0 = 0;
        float x1 = 0;
        float y = 0;
        float size = 0;
        int boldChars = 0;
        PdfGlyph previous = null;
        for (PdfGlyph g : rowGlyphs) {
            if (previous != null && g.text().equals(previous.text()) && Math.abs(g.x0() - previous.x0()) < 0.5f) {
                continue; // "fake bold": the same glyph painted twice with a tiny offset
            }
            boolean gap = text.length() > 0 && g.x0() - x1 > Math.max(size, g.size()) * WORD_GAP_EMS;
            if (g.isBlank() || gap) {
                if (text.length() > 0) {
                    words.add(new PdfGlyph(text.toString(), x0, x1, y, size, boldChars * 2 > text.length()));
                    text.setLength(0);
                }
                if (g.isBlank()) {
                    previous = g;
                    continue;
                }
            }
            if (text.length() == 0) {
                x0 = g.x0();
                y = g.y();
                size = 0;
                boldChars = 0;
            }
            text.append(g.text());
            x1 = Math.max(x1, g.x1());
            if (text.length() == g.text().length()) {
                x1 = g.x1();
            }
            size = Math.max(size, g.size());
            boldChars += g.bold() ? g.text().length() : 0;
            previous = g;
        }
        if (text.length() > 0) {
            words.add(new PdfGlyph(text.toString(), x0, x1, y, size, boldChars * 2 > text.length()));
        }
        return words;
    }

    private static void addLine(List<TextLine> out, List<PdfGlyph> words) {
        StringBuilder text = new StringBuilder();
        float size = 0;
        int boldChars = 0;
        int chars = 0;
        PdfGlyph previous = null;
        for (PdfGlyph w : words) {
            if (previous != null) {
                float em = Math.max(previous.size(), w.size());
                text.append(w.x0() - previous.x1() > em * CELL_GAP_EMS ? '\t' : ' ');
            }
            text.append(w.text());
            size = Math.max(size, w.size());
            chars += w.text().length();
            boldChars += w.bold() ? w.text().length() : 0;
            previous = w;
        }
        String normalised = LineNormaliser.normalise(text.toString());
        if (!normalised.isEmpty() && !PAGE_NUMBER.matcher(normalised).matches()) {
            out.add(new TextLine(normalised, size, boldChars * 10 >= chars * 8, false));
        }
    }
}
