package dev.applypilot.server.resume.parse.structure;

import dev.applypilot.server.resume.parse.DateRange;
import dev.applypilot.server.resume.parse.WorkEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Jobs from an experience section. Each date range anchors one job; its header is the range's line plus the short
 * lines just before it (as many as the first job has, so all jobs follow one layout) and, when title or company are
 * still missing, one short line after it. The rest up to the next job are its bullets.
 */
final class ExperienceParser {
    private static final Pattern PLACE = Pattern.compile(
            "(?:remote|hybrid|home ?office|on-?site|\\p{Lu}[\\p{L}.'’ -]{1,30}(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{0,30}){1,2})",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final int MAX_LINES_BEFORE = 2;

    record Result(List<WorkEntry> entries, List<String> unassigned) {
    }

    private ExperienceParser() {
    }

    static Result parse(List<String> sectionLines) {
        DatedLines dated = DatedLines.of(sectionLines, false);
        List<Integer> anchors = new ArrayList<>();
        for (int i = 0; i < dated.lines.size(); i++) {
            if (dated.hasDate(i)) {
                anchors.add(i);
            }
        }
        List<String> unassigned = new ArrayList<>();
        if (anchors.isEmpty()) {
            return new Result(List.of(), new ArrayList<>(sectionLines));
        }
        int linesBefore = headerLinesBefore(dated, anchors.get(0), -1);
        List<int[]> headers = new ArrayList<>(); // {firstHeaderLine, lastHeaderLine} per job
        int previousEnd = -1;
        for (int anchor : anchors) {
            int first = anchor;
            while (first - 1 > previousEnd && anchor - (first - 1) <= linesBefore && isHeaderLike(dated.lines.get(first - 1))
                    && !dated.hasDate(first - 1)) {
                first--;
            }
            int last = anchor;
            if (last + 1 < dated.lines.size() && dated.carriedPrefix[last + 1] > 0) {
                last++;
            }
            headers.add(new int[] {first, last});
            previousEnd = last;
        }
        for (int i = 0; i < headers.get(0)[0]; i++) {
            unassigned.add(dated.lines.get(i));
        }
        List<WorkEntry> entries = new ArrayList<>();
        for (int k = 0; k < headers.size(); k++) {
            int first = headers.get(k)[0];
            int last = headers.get(k)[1];
            int bodyEnd = k + 1 < headers.size() ? headers.get(k + 1)[0] : dated.lines.size();
            List<Piece> pieces = new ArrayList<>();
            List<Integer> pieceLines = new ArrayList<>();
            for (int i = first; i <= last; i++) {
                for (Piece p : dated.pieces(i, true)) {
                    pieces.add(p);
                    pieceLines.add(i);
                }
            }
            if (countRoles(pieces) < 2 && last + 1 < bodyEnd && isHeaderLike(dated.lines.get(last + 1))
                    && dated.lines.get(last + 1).length() <= 90) {
                last++;
                for (Piece p : dated.pieces(last, true)) {
                    pieces.add(p);
                    pieceLines.add(last);
                }
            }
            DateRange dates = dated.dates[headers.get(k)[1] - (dated.carriedPrefix[headers.get(k)[1]] > 0 ? 1 : 0)].range();
            entries.add(entry(pieces, pieceLines, dates, dated.lines.subList(last + 1, bodyEnd)));
        }
        return new Result(entries, unassigned);
    }

    /** How many short header-like lines precede the first job's date line (0..2). */
    private static int headerLinesBefore(DatedLines dated, int anchor, int previousEnd) {
        int count = 0;
        for (int i = anchor - 1; i > previousEnd && count < MAX_LINES_BEFORE && isHeaderLike(dated.lines.get(i)); i--) {
            count++;
        }
        return count;
    }

    static boolean isHeaderLike(String line) {
        return !Bullets.startsWithGlyph(line) && line.length() <= 90 && line.split("\\s+").length <= 12
                && !line.endsWith(".") && !line.endsWith(",") && !Character.isLowerCase(line.charAt(0));
    }

    /** Title and company need two parts that are not places. */
    private static int countRoles(List<Piece> pieces) {
        int roles = 0;
        for (Piece p : pieces) {
            roles += isPlace(p.text()) ? 0 : 1;
        }
        return Math.min(roles, 2);
    }

    private static WorkEntry entry(List<Piece> pieces, List<Integer> pieceLines, DateRange dates, List<String> body) {
        int title = -1;
        int company = -1;
        for (int i = 0; i < pieces.size(); i++) {
            String text = pieces.get(i).text();
            if (company < 0 && Vocabulary.hasCompanyWord(text)) {
                company = i;
            } else if (title < 0 && Vocabulary.hasTitleWord(text) && !isPlace(text)) {
                title = i;
            }
        }
        if (title < 0 && company < 0) {
            // nothing recognised: the usual order is title first, then company
            title = pieces.isEmpty() ? -1 : 0;
            company = pieces.size() > 1 ? 1 : -1;
        } else if (company < 0) {
            company = partner(pieces, pieceLines, title);
        } else if (title < 0) {
            title = partner(pieces, pieceLines, company);
        }
        String location = location(pieces, pieceLines, Math.max(title, company), title, company);
        return new WorkEntry(text(pieces, title), text(pieces, company), dates, location, Bullets.collect(body));
    }

    /**
     * The other half of a title/company pair: the next part on the same line ("Developer, OpenAI"), else the part
     * just before ("Actuate" on the line above "PHP Developer"), else the next one.
     */
    private static int partner(List<Piece> pieces, List<Integer> pieceLines, int known) {
        if (known + 1 < pieces.size() && pieceLines.get(known + 1).equals(pieceLines.get(known)) && !isPlace(pieces.get(known + 1).text())) {
            return known + 1;
        }
        for (int i = known - 1; i >= 0; i--) {
            if (!isPlace(pieces.get(i).text())) {
                return i;
            }
        }
        return known + 1 < pieces.size() && !isPlace(pieces.get(known + 1).text()) ? known + 1 : -1;
    }

    /** Pieces after title and company that look like a place; consecutive ones on a line form one location. */
    private static String location(List<Piece> pieces, List<Integer> pieceLines, int after, int title, int company) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < pieces.size(); i++) {
            if (i == title || i == company || hasDigit(pieces.get(i).text()) || pieces.get(i).text().startsWith("(") || (i < after && !isPlace(pieces.get(i).text()))) {
                if (from >= 0) {
                    break;
                }
                continue;
            }
            boolean afterRoles = i > after;
            if (from < 0 && (afterRoles || isPlace(pieces.get(i).text()))) {
                from = i;
                to = i;
            } else if (from >= 0 && pieceLines.get(i).equals(pieceLines.get(from))) {
                to = i;
            } else if (from >= 0) {
                break;
            }
        }
        if (from < 0) {
            return null;
        }
        return Piece.withoutFinalPeriod(pieces.get(from).through(pieces.get(to)));
    }

    private static boolean isPlace(String text) {
        return PLACE.matcher(text).matches() && !Vocabulary.hasTitleWord(text) && !Vocabulary.hasCompanyWord(text)
                && (text.contains(",") || text.toLowerCase(Locale.ROOT).matches("remote|hybrid|home ?office|on-?site"));
    }

    private static boolean hasDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }

    private static String text(List<Piece> pieces, int index) {
        return index < 0 ? null : Piece.withoutFinalPeriod(pieces.get(index).text());
    }
}
