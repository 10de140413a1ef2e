package dev.applypilot.server.resume.parse.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Skills from skills sections: items separated by commas, semicolons, bars or bullets (not inside parentheses),
 * "Category: a, b" labels dropped, comma lists wrapped over several lines joined back. Long phrases are not skills
 * and stay in the section text only.
 */
final class SkillsParser {
    private static final int MAX_WORDS = 6;
    private static final int MAX_LENGTH = 50;

    private SkillsParser() {
    }

    static List<String> parse(List<String> lines) {
        Map<String, String> skills = new LinkedHashMap<>();
        for (String line : logicalLines(lines)) {
            for (String item : items(line)) {
                String key = item.toLowerCase(Locale.ROOT);
                if (item.length() <= MAX_LENGTH && item.split("\\s+").length <= MAX_WORDS
                        && item.chars().anyMatch(Character::isLetter)) {
                    skills.putIfAbsent(key, item);
                }
            }
        }
        return new ArrayList<>(skills.values());
    }

    /** Joins a comma list that wraps onto the next line ("Google Cloud" / "Platform, Firebase"). */
    private static List<String> logicalLines(List<String> lines) {
        List<String> logical = new ArrayList<>();
        for (String raw : lines) {
            String line = Bullets.withoutGlyph(raw);
            if (!logical.isEmpty() && !Bullets.startsWithGlyph(raw) && label(line) < 0) {
                String previous = logical.get(logical.size() - 1);
                char last = previous.charAt(previous.length() - 1);
                if (previous.contains(",") && line.contains(",") && ".;:".indexOf(last) < 0) {
                    logical.set(logical.size() - 1, previous + " " + line);
                    continue;
                }
            }
            logical.add(line);
        }
        return logical;
    }

    private static List<String> items(String line) {
        int label = label(line);
        String list = label >= 0 ? line.substring(label + 1) : line;
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= list.length(); i++) {
            char c = i < list.length() ? list.charAt(i) : ',';
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ';' || c == '|' || c == '•' || c == '·' || c == '\t' || c == '●')) {
                String item = Piece.withoutFinalPeriod(list.substring(start, i).strip());
                if (item.endsWith(".") && item.length() > 1 && !item.substring(0, item.length() - 1).contains(".")) {
                    item = item.substring(0, item.length() - 1);
                }
                if (!item.isEmpty()) {
                    items.add(item);
                }
                start = i + 1;
            }
        }
        return items;
    }

    /** Index of the colon in "Languages: Java, Go" (a short label before a list), or -1. */
    private static int label(String line) {
        int colon = line.indexOf(':');
        return colon > 0 && colon <= 40 && colon < line.length() - 1 && !line.substring(0, colon).contains(",") ? colon : -1;
    }
}
