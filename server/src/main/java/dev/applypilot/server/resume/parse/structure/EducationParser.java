package dev.applypilot.server.resume.parse.structure;

import dev.applypilot.server.resume.parse.DateRange;
import dev.applypilot.server.resume.parse.EducationEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Schools from an education section. A new entry starts when a line brings a second school name or a second date;
 * within an entry the school is the part naming a university/college/Hochschule..., the degree the part naming a
 * degree (Bachelor, MSc, Diplom...), falling back to the part next to the degree for a school with a bare name.
 */
final class EducationParser {

    record Result(List<EducationEntry> entries, List<String> unassigned) {
    }

    private EducationParser() {
    }

    static Result parse(List<String> sectionLines) {
        DatedLines dated = DatedLines.of(sectionLines, true);
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> current = null;
        boolean currentHasSchool = false;
        boolean currentHasDate = false;
        for (int i = 0; i < dated.lines.size(); i++) {
            boolean school = Vocabulary.hasSchoolWord(dated.lines.get(i));
            boolean date = dated.hasDate(i);
            boolean degree = Vocabulary.hasDegreeWord(dated.lines.get(i));
            if (current == null || (school && currentHasSchool) || (date && currentHasDate)) {
                if (current != null || school || date || degree) {
                    current = new ArrayList<>();
                    groups.add(current);
                    currentHasSchool = false;
                    currentHasDate = false;
                }
            }
            if (current == null) {
                continue;
            }
            current.add(i);
            currentHasSchool |= school;
            currentHasDate |= date;
        }
        List<EducationEntry> entries = new ArrayList<>();
        List<String> unassigned = new ArrayList<>();
        for (int i = 0; i < dated.lines.size() && (groups.isEmpty() || i < groups.get(0).get(0)); i++) {
            unassigned.add(dated.lines.get(i));
        }
        for (List<Integer> group : groups) {
            List<Piece> pieces = new ArrayList<>();
            List<Integer> pieceLines = new ArrayList<>();
            DateRange dates = null;
            for (int line : group) {
                if (dates == null && dated.dates[line] != null) {
                    dates = dated.dates[line].range();
                }
                for (Piece piece : dated.pieces(line, true, false)) {
                    pieces.add(piece);
                    pieceLines.add(line);
                }
            }
            int school = -1;
            int degree = -1;
            for (int i = 0; i < pieces.size(); i++) {
                if (school < 0 && Vocabulary.hasSchoolWord(pieces.get(i).text())) {
                    school = i;
                } else if (degree < 0 && Vocabulary.hasDegreeWord(pieces.get(i).text())) {
                    degree = i;
                }
            }
            if (school < 0 && degree >= 0 && degree + 1 < pieces.size()) {
                school = degree + 1;
            }
            if (school < 0 && degree < 0 && dates == null) {
                group.forEach(line -> unassigned.add(dated.lines.get(line)));
                continue;
            }
            for (int line : group) {
                boolean used = (school >= 0 && pieceLines.get(school) == line) || (degree >= 0 && pieceLines.get(degree) == line)
                        || dated.dates[line] != null;
                if (!used) {
                    unassigned.add(dated.lines.get(line));
                }
            }
            entries.add(new EducationEntry(text(pieces, school), text(pieces, degree), dates));
        }
        return new Result(entries, unassigned);
    }

    private static String text(List<Piece> pieces, int index) {
        return index < 0 ? null : Piece.withoutFinalPeriod(pieces.get(index).text());
    }
}
