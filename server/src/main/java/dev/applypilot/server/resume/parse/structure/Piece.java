package dev.applypilot.server.resume.parse.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * A verbatim part of one line, cut at field separators (tab, "|", "•", spaced dashes, " at ", optionally commas).
 *
 * @param text  the part, trimmed of separators and spaces; always a substring of the line
 * @param start where it starts in the line
 * @param end   where it ends in the line
 * @param line  the whole line
 */
record Piece(String text, int start, int end, String line) {
    private static final String TRIM = " \t,;:|/–—-•·";

    /** Splits {@code line}, treating {@code [maskStart, maskEnd)} (e.g. a date already taken) as a separator. */
    static List<Piece> split(String line, boolean commas, int maskStart, int maskEnd) {
        return split(line, commas, true, maskStart, maskEnd);
    }

    /** As above; {@code atWord} false keeps " at " inside names ("University of Texas at Austin"). */
    static List<Piece> split(String line, boolean commas, boolean atWord, int maskStart, int maskEnd) {
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i <= line.length()) {
            int separatorLength = i == line.length() ? 1 : separatorAt(line, i, commas, atWord);
            if (i >= maskStart && i < maskEnd) {
                separatorLength = maskEnd - i;
            }
            if (separatorLength > 0) {
                add(pieces, line, start, i);
                i += separatorLength;
                start = i;
            } else {
                i++;
            }
        }
        return pieces;
    }

    static List<Piece> split(String line, boolean commas) {
        return split(line, commas, -1, -1);
    }

    private static int separatorAt(String line, int i, boolean commas, boolean atWord) {
        char c = line.charAt(i);
        if (c == '\t' || c == '|' || c == '•' || c == '·' || c == '●' || c == '▪' || c == '◦' || c == ';'
                || (commas && c == ',')) {
            return 1;
        }
        for (String spaced : new String[] {" – ", " — ", " - ", " @ ", " at ", " | "}) {
            if (line.startsWith(spaced, i) && (atWord || !spaced.equals(" at "))) {
                return spaced.length();
            }
        }
        return 0;
    }

    private static void add(List<Piece> pieces, String line, int from, int to) {
        int url = urlStart(line, from, to);
        if (url >= 0) {
            to = url; // a company's web address is not part of its name
        }
        while (from < to && TRIM.indexOf(line.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && TRIM.indexOf(line.charAt(to - 1)) >= 0) {
            to--;
        }
        if (to > from) {
            pieces.add(new Piece(line.substring(from, to), from, to, line));
        }
    }

    private static int urlStart(String line, int from, int to) {
        String part = line.substring(from, to);
        int http = part.indexOf("http");
        int www = part.indexOf("www.");
        int at = http >= 0 && (www < 0 || http < www) ? http : www;
        return at >= 0 ? from + at : -1;
    }

    /** The verbatim stretch of the line from this piece to {@code last} (same line), separators included. */
    String through(Piece last) {
        return line.substring(start, last.end);
    }

    /** Drops a sentence-final period ("devices." → "devices") but keeps abbreviations ("Inc.", "B.Sc."). */
    static String withoutFinalPeriod(String text) {
        if (!text.endsWith(".")) {
            return text;
        }
        int wordStart = Math.max(text.lastIndexOf(' '), text.lastIndexOf('.', text.length() - 2)) + 1;
        return text.length() - 1 - wordStart > 3 ? text.substring(0, text.length() - 1) : text;
    }
}
