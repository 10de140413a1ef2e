package dev.applypilot.server.resume.parse.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lines of a section with the date range each one holds; a range broken over two lines ("June 2022 –" /
 * "Present Software Engineer") is joined and attributed to the first line.
 */
final class DatedLines {
    final List<String> lines;
    /** The range on each line, or null. Its text may span into the next line. */
    final DateRangeFinder.Found[] dates;
    /** Characters at the start of each line that belong to the previous line's date range. */
    final int[] carriedPrefix;

    private DatedLines(List<String> lines) {
        this.lines = lines;
        this.dates = new DateRangeFinder.Found[lines.size()];
        this.carriedPrefix = new int[lines.size()];
    }

    static DatedLines of(List<String> lines, boolean singleDates) {
        DatedLines dated = new DatedLines(new ArrayList<>(lines));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).substring(dated.carriedPrefix[i]);
            int offset = dated.carriedPrefix[i];
            if (i + 1 < lines.size() && dated.carriedPrefix[i] == 0) {
                String joined = lines.get(i) + " " + lines.get(i + 1);
                Optional<DateRangeFinder.Found> wrapped = DateRangeFinder.findRange(joined);
                if (wrapped.isPresent() && wrapped.get().end() > lines.get(i).length() + 1
                        && wrapped.get().start() < lines.get(i).length()
                        && DateRangeFinder.findRange(lines.get(i)).isEmpty()) {
                    dated.dates[i] = wrapped.get();
                    dated.carriedPrefix[i + 1] = wrapped.get().end() - lines.get(i).length() - 1;
                    continue;
                }
            }
            Optional<DateRangeFinder.Found> found = singleDates
                    ? DateRangeFinder.findRangeOrDate(line, true) : DateRangeFinder.findRange(line);
            if (found.isPresent()) {
                DateRangeFinder.Found f = found.get();
                dated.dates[i] = new DateRangeFinder.Found(f.range(), f.start() + offset, f.end() + offset);
            }
        }
        return dated;
    }

    /** The verbatim pieces of line {@code i} outside its date range and any carried-over prefix. */
    List<Piece> pieces(int i, boolean commas) {
        return pieces(i, commas, true);
    }

    List<Piece> pieces(int i, boolean commas, boolean atWord) {
        String line = lines.get(i);
        int maskStart = carriedPrefix[i] > 0 ? 0 : -1;
        int maskEnd = carriedPrefix[i];
        if (dates[i] != null) {
            int start = Math.min(dates[i].start(), line.length());
            int end = Math.min(dates[i].end(), line.length());
            if (maskStart < 0) {
                maskStart = start;
                maskEnd = end;
            } else {
                // carried prefix and own date cannot both be masked by one interval; keep the date, cut the prefix
                List<Piece> pieces = new ArrayList<>();
                for (Piece p : Piece.split(line, commas, atWord, start, end)) {
                    if (p.start() >= carriedPrefix[i]) {
                        pieces.add(p);
                    }
                }
                return pieces;
            }
        }
        return Piece.split(line, commas, atWord, maskStart, maskEnd);
    }

    boolean hasDate(int i) {
        return dates[i] != null;
    }
}
