package dev.applypilot.server.matching;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads "5+ years of experience" from job text, and estimates a candidate's years from resume date ranges. */
final class YearsOfExperience {
    private static final Map<String, Integer> WORDS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);
    private static final Pattern REQUIREMENT = Pattern.compile(
            "\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\s*\\+?\\s*(?:(?:-|–|to)\\s*\\d{1,2}\\s*\\+?\\s*)?"
                    + "(?:\\(\\d{1,2}\\)\\s*)?(?:years?|yrs?)\\b");
    private static final Pattern RANGE = Pattern.compile(
            "\\b((?:19|20)\\d{2})\\s*(?:-|–|—|to)\\s*((?:19|20)\\d{2}|present|current|now|today)",
            Pattern.CASE_INSENSITIVE);

    private YearsOfExperience() {
    }

    /** Minimum years a sentence asks for, when it talks about experience; null otherwise. */
    static Integer requiredIn(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        boolean experience = s.contains("experience") || s.contains("background");
        if (!experience || !s.contains("year") && !s.contains("yr")) {
            return null;
        }
        Matcher m = REQUIREMENT.matcher(s);
        Integer best = null;
        while (m.find()) {
            String n = m.group(1);
            int years = WORDS.containsKey(n) ? WORDS.get(n) : Integer.parseInt(n);
            if (years > 0 && years <= 20 && (best == null || years > best)) {
                best = years;
            }
        }
        return best;
    }

    /** Years covered by the union of date ranges ("2018 – 2022", "June 2022 – Present"), or null when none. */
    static Double estimate(String experienceText, Year now) {
        Matcher m = RANGE.matcher(experienceText);
        List<int[]> ranges = new ArrayList<>();
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            String to = m.group(2);
            int until = Character.isDigit(to.charAt(0)) ? Integer.parseInt(to) : now.getValue();
            if (until >= from && until <= now.getValue() && from > now.getValue() - 50) {
                ranges.add(new int[] {from, Math.max(until, from + 1)});
            }
        }
        if (ranges.isEmpty()) {
            return null;
        }
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        int total = 0;
        int curFrom = ranges.get(0)[0];
        int curTo = ranges.get(0)[1];
        for (int[] r : ranges.subList(1, ranges.size())) {
            if (r[0] <= curTo) {
                curTo = Math.max(curTo, r[1]);
            } else {
                total += curTo - curFrom;
                curFrom = r[0];
                curTo = r[1];
            }
        }
        total += curTo - curFrom;
        return (double) total;
    }
}
