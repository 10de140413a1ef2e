package dev.applypilot.shared.extract;

import dev.applypilot.shared.job.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits page titles (og:title, twitter:title, {@code <title>}) into job title, company and location.
 * Handles "Company hiring Title in Location", "Title at Company", and separator chains such as
 * "Title - Location - Site.com" or "Title | Company Careers". When the job title is already known (from an
 * earlier rule or the page's h1) it anchors the split, so titles that contain " - " themselves survive.
 */
final class TitleParser {

    private static final String[] SEPARATORS = {" | ", " - ", " \u2013 ", " \u2014 ", " \u00b7 ", " :: ", " \u2022 "};
    private static final String[] BOARD_WORDS = {
        "linkedin", "indeed", "glassdoor", "ziprecruiter", "monster", "built in", "builtin", "wellfound", "angellist",
        "startup jobs", "greenhouse", "lever", "workday", "ashby", "smartrecruiters", "workable", "dice", "seek",
        "stepstone", "xing", "job board", "otta", "welcome to the jungle"
    };

    private TitleParser() {
    }

    static TitleParts parse(String raw, String anchorTitle, String siteName) {
        String text = HtmlText.clean(raw);
        if (text == null) {
            return new TitleParts(null, null, null);
        }
        List<String> segments = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        split(text, segments, separators);
        String company = null;
        while (segments.size() > 1 && isSiteSegment(segments.get(segments.size() - 1), siteName)) {
            String dropped = segments.remove(segments.size() - 1);
            separators.remove(separators.size() - 1);
            String careers = careersCompany(dropped);
            if (company == null && careers != dropped) {
                company = careers;
            }
        }
        String joined = join(segments, separators, 0, segments.size());
        int hiring = joined.indexOf(" hiring ");
        if (hiring > 0) {
            String rest = joined.substring(hiring + " hiring ".length());
            int in = rest.lastIndexOf(" in ");
            return new TitleParts(in > 0 ? rest.substring(0, in) : rest, joined.substring(0, hiring),
                    in > 0 ? rest.substring(in + 4) : null);
        }
        int titleEnd = anchoredEnd(segments, separators, anchorTitle);
        if (titleEnd < 0) {
            titleEnd = segments.size();
            while (titleEnd > 1 && looksLikeLocation(segments.get(titleEnd - 1))) {
                titleEnd--;
            }
        }
        String title = join(segments, separators, 0, titleEnd);
        String location = null;
        for (int i = titleEnd; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (location == null && looksLikeLocation(segment)) {
                location = segment;
            } else if (company == null && !looksLikeLocation(segment)) {
                company = careersCompany(segment);
            }
        }
        int at = title.lastIndexOf(" at ");
        if (company == null && at > 0 && titleEnd == segments.size() && anchorTitle == null) {
            company = title.substring(at + 4);
            title = title.substring(0, at);
        }
        return new TitleParts(title, company, location);
    }

    /** Index of the segment after the anchor title when the text starts with it, else -1. */
    private static int anchoredEnd(List<String> segments, List<String> separators, String anchor) {
        String anchorKey = NormalizedText.key(anchor);
        if (anchorKey.isEmpty()) {
            return -1;
        }
        for (int end = 1; end <= segments.size(); end++) {
            if (NormalizedText.key(join(segments, separators, 0, end)).equals(anchorKey)) {
                return end;
            }
        }
        return -1;
    }

    private static void split(String text, List<String> segments, List<String> separators) {
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            String separator = separatorAt(text, i);
            if (separator != null && i > start) {
                segments.add(text.substring(start, i).trim());
                separators.add(separator);
                i += separator.length();
                start = i;
            } else {
                i++;
            }
        }
        segments.add(text.substring(start).trim());
    }

    private static String separatorAt(String text, int i) {
        for (String separator : SEPARATORS) {
            if (text.startsWith(separator, i)) {
                return separator;
            }
        }
        return null;
    }

    private static String join(List<String> segments, List<String> separators, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                out.append(separators.get(i - 1));
            }
            out.append(segments.get(i));
        }
        return out.toString();
    }

    /** A trailing segment naming the site rather than the job: a domain, a job board, the og:site_name, "Acme Careers". */
    static boolean isSiteSegment(String segment, String siteName) {
        String lower = segment.toLowerCase(Locale.ROOT);
        if (siteName != null && NormalizedText.key(siteName).equals(NormalizedText.key(segment))) {
            return true;
        }
        if (lower.indexOf(' ') < 0 && lower.indexOf('.') > 0) {
            return true;
        }
        return isBoardName(lower) || careersCompany(segment) != segment;
    }

    static boolean isBoardName(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String board : BOARD_WORDS) {
            if (lower.contains(board)) {
                return true;
            }
        }
        return false;
    }

    /** "Careers at Acme" / "Acme Careers" / "Acme Jobs" give "Acme"; anything else is returned as is (same instance). */
    static String careersCompany(String segment) {
        String lower = segment.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"careers at ", "jobs at ", "work at ", "join "}) {
            if (lower.startsWith(prefix) && segment.length() > prefix.length()) {
                return segment.substring(prefix.length()).trim();
            }
        }
        for (String suffix : new String[] {" careers", " jobs", " career site", " job board"}) {
            if (lower.endsWith(suffix) && segment.length() > suffix.length()) {
                return segment.substring(0, segment.length() - suffix.length()).trim();
            }
        }
        return segment;
    }

    /** Comma-separated places, postcodes (3+ digits), or remote/hybrid labels. */
    static boolean looksLikeLocation(String segment) {
        if (segment.length() > 80) {
            return false;
        }
        String lower = segment.toLowerCase(Locale.ROOT);
        if (lower.contains("remote") || lower.contains("hybrid")) {
            return true;
        }
        if (segment.indexOf(',') > 0) {
            return true;
        }
        int digits = 0;
        for (int i = 0; i < segment.length(); i++) {
            digits += Character.isDigit(segment.charAt(i)) ? 1 : 0;
        }
        return digits >= 3;
    }
}
