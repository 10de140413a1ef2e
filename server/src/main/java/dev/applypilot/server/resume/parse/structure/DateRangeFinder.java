package dev.applypilot.server.resume.parse.structure;

import dev.applypilot.server.resume.parse.DateRange;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds date ranges ("June 2022 – Present", "03/2019 - 11/2021", "seit 2020", "2018 – 2022") in a line of text. */
final class DateRangeFinder {
    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

    static {
        month(1, "january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen",
                "januari", "janeiro", "styczeń", "sty");
        month(2, "february", "feb", "februar", "février", "fevrier", "févr", "fév", "fev", "febrero", "febbraio",
                "februari", "fevereiro", "luty", "lut");
        month(3, "march", "mar", "märz", "maerz", "mrz", "mars", "marzo", "maart", "março", "marzec");
        month(4, "april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwi");
        month(5, "may", "mai", "mayo", "maggio", "mag", "mei", "maio", "maj");
        month(6, "june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "cze");
        month(7, "july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lip");
        month(8, "august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpień", "sie");
        month(9, "september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro",
                "wrzesień", "wrz");
        month(10, "october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
                "październik", "paź");
        month(11, "november", "nov", "novembre", "noviembre", "novembro", "listopad", "lis");
        month(12, "december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic",
                "dicembre", "dezembro", "grudzień", "gru");
    }

    private static final String MONTH = "(?:" + String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList()) + ")";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String DATE = "(?:(?<![\\p{L}])" + MONTH + "\\.?\\s*,?\\s*(?:'\\d{2}(?!\\d)|" + YEAR + "(?!\\d))"
            + "|(?<![\\d/.])(?:0?[1-9]|1[0-2])\\s?[/.]\\s?" + YEAR + "(?!\\d)"
            + "|(?<!\\d)" + YEAR + "[-/.](?:0[1-9]|1[0-2])(?![\\d/.])"
            + "|(?<![\\d/.])" + YEAR + "(?![\\d/.]))";
    private static final String PRESENT = "(?:present|current|currently|now|today|ongoing|date|heute|jetzt|aktuell|dato|"
            + "bis heute|laufend|aujourd'hui|aujourd’hui|présent|actuel|actuellement|en cours|presente|actualidad|"
            + "actual|la fecha|oggi|attuale|in corso|heden|nu|huidig|atual|obecnie)(?![\\p{L}])";
    private static final String SEPARATOR = "(?:\\s*[-–—−~→]+\\s*|\\s+(?:to|until|till|bis|à|au|a|al|hasta|fino a|tot|do)\\s+)";
    private static final Pattern RANGE = Pattern.compile("(?<start>" + DATE + ")" + SEPARATOR + "(?<end>" + DATE + "|" + PRESENT + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SINCE = Pattern.compile("(?<![\\p{L}])(?:since|seit|depuis|desde|dal|sinds|od)\\s+(?<start>" + DATE + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SINGLE = Pattern.compile(DATE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_SINGLE = Pattern.compile("(?<![\\p{L}])" + MONTH + "\\.?\\s*,?\\s*" + YEAR + "(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern YEAR_IN_DATE = Pattern.compile("(?<!\\d)(" + YEAR + ")(?!\\d)");
    private static final Pattern SHORT_YEAR = Pattern.compile("'(\\d{2})");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern NUMERIC_MONTH = Pattern.compile("(?<!\\d)(\\d{1,2})(?!\\d)");

    /** A date range found in a text, with where it was found. */
    record Found(DateRange range, int start, int end) {
    }

    private DateRangeFinder() {
    }

    private static void month(int number, String... names) {
        for (String name : names) {
            MONTHS.putIfAbsent(name, number);
        }
    }

    /** A range, an open range ("since 2020") or nothing. */
    static Optional<Found> findRange(String text) {
        Matcher range = RANGE.matcher(text);
        if (range.find()) {
            String end = range.group("end");
            boolean current = !Character.isDigit(end.charAt(end.length() - 1)) && normalise(end) == null;
            return Optional.of(new Found(new DateRange(range.group().strip(), normalise(range.group("start")),
                    current ? null : normalise(end), current), range.start(), range.end()));
        }
        Matcher since = SINCE.matcher(text);
        if (since.find()) {
            return Optional.of(new Found(new DateRange(since.group(), normalise(since.group("start")), null, true),
                    since.start(), since.end()));
        }
        return Optional.empty();
    }

    /** A range, or else a single month-year ("May 2020"), or with {@code bareYear} a lone year ("2019"). */
    static Optional<Found> findRangeOrDate(String text, boolean bareYear) {
        Optional<Found> range = findRange(text);
        if (range.isPresent()) {
            return range;
        }
        Matcher single = (bareYear ? SINGLE : MONTH_SINGLE).matcher(text);
        if (single.find()) {
            String value = normalise(single.group());
            return Optional.of(new Found(new DateRange(single.group(), value, value, false), single.start(), single.end()));
        }
        return Optional.empty();
    }

    /** "June 2022" → "2022-06", "03/2019" → "2019-03", "2018" → "2018"; null for words like "present". */
    static String normalise(String date) {
        String lower = date.toLowerCase(Locale.ROOT).strip();
        Matcher year = YEAR_IN_DATE.matcher(lower);
        String yearText;
        if (year.find()) {
            yearText = year.group(1);
        } else {
            Matcher shortYear = SHORT_YEAR.matcher(lower);
            if (!shortYear.find()) {
                return null;
            }
            int two = Integer.parseInt(shortYear.group(1));
            yearText = String.valueOf(two > 50 ? 1900 + two : 2000 + two);
        }
        Integer month = null;
        Matcher name = WORD.matcher(lower);
        if (name.find()) {
            month = MONTHS.get(name.group());
        } else {
            Matcher numeric = NUMERIC_MONTH.matcher(lower);
            if (numeric.find()) {
                month = Integer.parseInt(numeric.group(1));
            }
        }
        return month == null || month < 1 || month > 12 ? yearText : yearText + "-" + (month < 10 ? "0" : "") + month;
    }
}
