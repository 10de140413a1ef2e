package dev.applypilot.shared.extract;

import java.util.Locale;

/** Small scanners for HTML-ish text found in structured data: entity decoding, tag stripping, whitespace. */
public final class HtmlText {

    private static final String[][] ENTITIES = {
        {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "}, {"ndash", "\u2013"},
        {"mdash", "\u2014"}, {"lsquo", "\u2018"}, {"rsquo", "\u2019"}, {"ldquo", "\u201c"}, {"rdquo", "\u201d"},
        {"hellip", "\u2026"}, {"bull", "\u2022"}, {"middot", "\u00b7"}, {"copy", "\u00a9"}, {"reg", "\u00ae"},
        {"trade", "\u2122"}, {"euro", "\u20ac"}, {"pound", "\u00a3"}
    };

    private static final String[] BLOCK_TAGS = {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
        "header", "footer", "blockquote", "pre", "hr", "dd", "dt"
    };

    private HtmlText() {
    }

    /** Collapses whitespace runs (including NBSP) to single spaces and trims. */
    public static String collapse(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Decoded, collapsed text, or null when blank. For short fields such as titles and names. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String cleaned = collapse(decodeEntities(s));
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Decodes named entities in common use and all numeric ones; unknown entities stay as written. */
    public static String decodeEntities(String s) {
        if (s == null || s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            String decoded = semi > i + 1 && semi - i <= 10 ? entity(s.substring(i + 1, semi)) : null;
            if (decoded != null) {
                out.append(decoded);
                i = semi + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String entity(String name) {
        if (name.charAt(0) == '#') {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int code = 0;
            int start = hex ? 2 : 1;
            if (start >= name.length()) {
                return null;
            }
            for (int i = start; i < name.length(); i++) {
                int digit = Character.digit(name.charAt(i), hex ? 16 : 10);
                if (digit < 0 || code > 0x10FFFF) {
                    return null;
                }
                code = code * (hex ? 16 : 10) + digit;
            }
            return code > 0 && code <= 0x10FFFF ? new String(Character.toChars(code)) : null;
        }
        for (String[] entity : ENTITIES) {
            if (entity[0].equals(name)) {
                return entity[1];
            }
        }
        return null;
    }

    /**
     * Plain text of an HTML fragment: tags removed (block tags become line breaks), script/style content
     * dropped, entities decoded, spaces collapsed within lines, blank lines squeezed.
     */
    public static String toText(String html) {
        if (html == null) {
            return null;
        }
        StringBuilder raw = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c != '<') {
                // Source line breaks are just whitespace in HTML; only block tags break lines.
                raw.append(c == '\n' || c == '\r' ? ' ' : c);
                i++;
                continue;
            }
            int close = html.indexOf('>', i);
            if (close < 0) {
                raw.append(html, i, html.length());
                break;
            }
            String name = tagName(html, i + 1, close);
            boolean opening = html.charAt(i + 1) != '/';
            if (opening && (name.equals("script") || name.equals("style"))) {
                int end = indexOfClosingTag(html, name, close);
                i = end < 0 ? html.length() : end;
                continue;
            }
            if (isBlock(name)) {
                raw.append('\n');
            }
            i = close + 1;
        }
        return squeezeLines(decodeEntities(raw.toString()));
    }

    /** Where {@code </name} starts at or after {@code from}, any case; -1 if nowhere. Linear: no lower-cased copy per tag. */
    private static int indexOfClosingTag(String html, String name, int from) {
        for (int at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
            if (html.regionMatches(true, at + 2, name, 0, name.length())) {
                return at;
            }
        }
        return -1;
    }

    private static String tagName(String html, int start, int end) {
        int i = start;
        if (i < end && html.charAt(i) == '/') {
            i++;
        }
        int nameStart = i;
        while (i < end && Character.isLetterOrDigit(html.charAt(i))) {
            i++;
        }
        return html.substring(nameStart, i).toLowerCase(Locale.ROOT);
    }

    private static boolean isBlock(String name) {
        for (String block : BLOCK_TAGS) {
            if (block.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String squeezeLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = collapse(text.substring(start, end));
            if (!line.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(line);
            }
            start = end + 1;
        }
        return out.toString();
    }
}
