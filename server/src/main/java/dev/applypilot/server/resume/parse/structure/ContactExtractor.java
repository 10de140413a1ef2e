package dev.applypilot.server.resume.parse.structure;

import dev.applypilot.server.resume.parse.Contact;
import dev.applypilot.server.resume.parse.extract.TextLine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contact details from the resume's header (the lines before the first section heading) and any contact section;
 * e-mail, LinkedIn and GitHub are also looked for in the whole text.
 */
final class ContactExtractor {
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)*\\.\\p{L}{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w+/.])\\+?\\(?\\d[\\d\\s().\\-/]{5,}\\d(?![\\w/])");
    private static final Pattern YEAR_RANGE = Pattern.compile("^(?:19|20)\\d{2}\\s*[-–/]\\s*(?:19|20)\\d{2}$");
    private static final Pattern LINKEDIN = Pattern.compile(
            "(?:https?://)?(?:[a-z]{2,3}\\.)?linkedin\\.com/[^\\s,;|)\\]>]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern GITHUB = Pattern.compile(
            "(?:https?://)?(?:www\\.)?github\\.com/[^\\s,;|)\\]>]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile(
            "(?:https?://|www\\.)[^\\s,;|)\\]>]+"
                    + "|(?<![@\\w.])[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|io|dev|me|net|org|app|tech|site|page|info|co|de|fr|ch|at|nl|es|it|uk|pl|eu)(?:/[^\\s,;|)]*)?(?![\\w@])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile(
            "^(?:name|nom|nombre|nome|naam|imię i nazwisko|address|adresse|addresse|location|wohnort|ort|anschrift|"
                    + "dirección|direccion|indirizzo|adres|lieu|ville|city|based in|residence|phone|tel|tél|telephone|"
                    + "téléphone|telefon|telefono|teléfono|mobile|mobil|handy|cell|móvil|portable|e-?mail|mail|"
                    + "linkedin|github|website|web|homepage|portfolio|site)\\s*[:：]\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PHONE_LABEL = Pattern.compile(
            "(?<![\\p{L}])(?:phone|tel|tél|telephone|téléphone|telefon|telefono|teléfono|mobile|mobil|handy|cell|móvil|portable)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LOCATION_LABEL = Pattern.compile(
            "^(?:address|adresse|location|wohnort|ort|anschrift|dirección|direccion|indirizzo|adres|lieu|ville|city|"
                    + "based in|residence)\\s*[:：]\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PLACE = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’ -]{1,30}(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,30}){1,3}"
                    + "|\\d{4,5}\\s+\\p{Lu}[\\p{L}.'’ -]{1,30}(?:,\\s*\\p{Lu}[\\p{L} ]{1,30})?"
                    + "|\\p{Lu}[\\p{L}.'’ -]{1,30},\\s*[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?",
            Pattern.UNICODE_CASE);
    private static final Set<String> NAME_PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "del",
            "della", "la", "le", "du", "dos", "das", "do", "bin", "ibn", "al", "el", "y", "zu", "ter", "ten");
    private static final Set<String> NOT_NAME_WORDS = Set.of("resume", "résumé", "curriculum", "vitae", "cv",
            "lebenslauf", "profile", "contact", "engineer", "developer", "manager", "designer", "analyst",
            "consultant", "scientist", "architect", "director", "intern", "student", "specialist", "administrator",
            "officer", "lead", "senior", "junior", "stack", "software", "page", "email", "phone");

    /** Contact details plus the header lines they came from (the rest of the header stays unassigned). */
    record Result(Contact contact, Set<String> usedLines) {
    }

    private ContactExtractor() {
    }

    static Result extract(List<TextLine> header, List<String> contactSection, List<String> allLines) {
        List<String> near = new ArrayList<>();
        header.forEach(line -> near.add(line.text()));
        near.addAll(contactSection);
        Set<String> used = new LinkedHashSet<>();

        String email = first(EMAIL, near, used);
        if (email == null) {
            email = first(EMAIL, allLines, used);
        }
        String linkedin = trimUrl(first(LINKEDIN, near, used));
        if (linkedin == null) {
            linkedin = trimUrl(first(LINKEDIN, allLines, used));
        }
        String github = trimUrl(first(GITHUB, near, used));
        if (github == null) {
            github = trimUrl(first(GITHUB, allLines, used));
        }
        String phone = phone(near, false, used);
        if (phone == null) {
            phone = phone(allLines, true, used);
        }
        String website = website(near, email, used);
        String name = name(header, contactSection, used);
        String location = location(near, name, allLines, used);
        return new Result(new Contact(name, email, phone, location, linkedin, github, website), used);
    }

    private static String first(Pattern pattern, List<String> lines, Set<String> used) {
        for (String line : lines) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                used.add(line);
                return m.group();
            }
        }
        return null;
    }

    private static String trimUrl(String url) {
        if (url == null) {
            return null;
        }
        int end = url.length();
        while (end > 0 && ".,:;".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }

    /** Phone-shaped digit runs; outside the header only on lines labelled "Phone", "Tel", "Mobil"... */
    private static String phone(List<String> lines, boolean labelledOnly, Set<String> used) {
        for (String line : lines) {
            if (labelledOnly && !PHONE_LABEL.matcher(line).find()) {
                continue;
            }
            Matcher m = PHONE.matcher(line);
            while (m.find()) {
                String candidate = m.group().strip();
                while (!candidate.isEmpty() && "-./(".indexOf(candidate.charAt(candidate.length() - 1)) >= 0) {
                    candidate = candidate.substring(0, candidate.length() - 1).strip();
                }
                if (isPhone(candidate)) {
                    used.add(line);
                    return candidate;
                }
            }
        }
        return null;
    }

    private static boolean isPhone(String candidate) {
        int digits = 0;
        for (int i = 0; i < candidate.length(); i++) {
            digits += Character.isDigit(candidate.charAt(i)) ? 1 : 0;
        }
        if (digits < 7 || digits > 15 || YEAR_RANGE.matcher(candidate).matches()) {
            return false;
        }
        int open = candidate.length() - candidate.replace("(", "").length();
        int close = candidate.length() - candidate.replace(")", "").length();
        return open == close && (candidate.startsWith("+") || digits >= 9 || open == 1);
    }

    private static String website(List<String> lines, String email, Set<String> used) {
        String emailDomain = email == null ? "" : email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        for (String line : lines) {
            Matcher m = URL.matcher(line);
            while (m.find()) {
                String url = trimUrl(m.group());
                String lower = url.toLowerCase(Locale.ROOT);
                if (lower.contains("linkedin.com") || lower.contains("github.com") || lower.equals(emailDomain)
                        || line.contains("@" + url)) {
                    continue;
                }
                used.add(line);
                return url;
            }
        }
        return null;
    }

    /** The most prominent (largest font, then earliest) name-shaped line part in the header. */
    private static String name(List<TextLine> header, List<String> contactSection, Set<String> used) {
        String best = null;
        String bestLine = null;
        float bestSize = -1;
        List<TextLine> candidates = new ArrayList<>(header.subList(0, Math.min(header.size(), 8)));
        contactSection.stream().limit(4).map(TextLine::plain).forEach(candidates::add);
        for (TextLine line : candidates) {
            String text = line.text();
            Matcher label = LABEL.matcher(text);
            if (label.find()) {
                if (!label.group().toLowerCase(Locale.ROOT).startsWith("n")) {
                    continue; // a labelled non-name field
                }
                text = text.substring(label.end());
            }
            for (Piece piece : Piece.split(text, true)) {
                if (isNameShaped(piece.text()) && line.fontSize() > bestSize) {
                    best = piece.text();
                    bestLine = line.text();
                    bestSize = line.fontSize();
                }
                break; // only a line's first part can be the name ("Jane Doe | Engineer")
            }
        }
        if (bestLine != null) {
            used.add(bestLine);
        }
        return best;
    }

    static boolean isNameShaped(String text) {
        if (text.length() > 60 || HeadingVocabulary.match(text).isPresent()) {
            return false;
        }
        String[] tokens = text.split(" ");
        if (tokens.length < 2 || tokens.length > 5) {
            return false;
        }
        int capitalised = 0;
        for (String token : tokens) {
            if (token.isEmpty()) {
                return false;
            }
            String lower = token.toLowerCase(Locale.ROOT);
            if (NOT_NAME_WORDS.contains(lower.replaceAll("[.,]", ""))) {
                return false;
            }
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.') {
                    return false;
                }
            }
            if (Character.isUpperCase(token.charAt(0))) {
                capitalised++;
            } else if (!NAME_PARTICLES.contains(lower)) {
                return false;
            }
        }
        return capitalised >= 2;
    }

    private static String location(List<String> near, String name, List<String> allLines, Set<String> used) {
        for (String line : allLines) {
            Matcher label = LOCATION_LABEL.matcher(line);
            if (label.find() && label.end() < line.length()) {
                used.add(line);
                return Piece.withoutFinalPeriod(line.substring(label.end()).strip());
            }
        }
        for (String line : near) {
            for (Piece piece : Piece.split(line, false)) {
                String text = piece.text();
                if (text.equals(name) || text.contains("@") || !PLACE.matcher(text).matches() || hasTitleWord(text)) {
                    continue;
                }
                used.add(line);
                return Piece.withoutFinalPeriod(text);
            }
        }
        return null;
    }

    private static boolean hasTitleWord(String text) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (NOT_NAME_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
