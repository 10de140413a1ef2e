package dev.applypilot.shared.classify;

import dev.applypilot.shared.form.FieldOption;
import dev.applypilot.shared.format.Answers;
import dev.applypilot.shared.format.Answers.Polarity;
import dev.applypilot.shared.format.Chars;
import dev.applypilot.shared.format.Countries;
import dev.applypilot.shared.format.Phrase;
import dev.applypilot.shared.format.Text;
import dev.applypilot.shared.format.UsStates;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks an offered option for a profile value. Every method returns the single matching option, or
 * {@code null} when none or more than one matches (the caller then abstains): option matching never guesses.
 */
public final class OptionMatcher {

    /** Outcome of a match: the option, or why there is none. */
    public record Match(FieldOption option, AbstainReason failure) {
        static Match of(List<FieldOption> hits) {
            if (hits.size() == 1) {
                return new Match(hits.get(0), null);
            }
            return new Match(null, hits.isEmpty() ? AbstainReason.NO_MATCHING_OPTION : AbstainReason.AMBIGUOUS_OPTIONS);
        }
    }

    private OptionMatcher() {
    }

    /** The option whose text or value equals the value (normalised), else the one that contains it as a phrase. */
    public static Match byText(List<FieldOption> options, String value) {
        String v = Text.normalize(value);
        if (v.isEmpty()) {
            return new Match(null, AbstainReason.NO_PROFILE_VALUE);
        }
        List<FieldOption> exact = new ArrayList<>();
        List<FieldOption> contains = new ArrayList<>();
        List<Phrase> phrase = Phrase.parseAll(v);
        for (FieldOption o : options) {
            String text = Text.normalize(o.text());
            if (text.equals(v) || Text.normalize(o.value()).equals(v)) {
                exact.add(o);
            } else if (!phrase.isEmpty() && phrase.get(0).in(Text.words(o.text()))) {
                contains.add(o);
            }
        }
        return Match.of(exact.isEmpty() ? contains : exact);
    }

    /** The option for an ISO country code, by code or by its name in any of the eight languages. */
    public static Match country(List<FieldOption> options, String isoCode) {
        List<FieldOption> exact = new ArrayList<>();
        List<FieldOption> contains = new ArrayList<>();
        for (FieldOption o : options) {
            if (sameCode(isoCode, o.value().trim()) || sameCode(isoCode, o.text().trim())
                    || isoCode.equals(Countries.codeOf(o.text())) || isoCode.equals(Countries.codeOf(o.value()))) {
                exact.add(o);
            } else {
                List<String> mentioned = Countries.mentionedIn(o.text());
                if (mentioned.size() == 1 && mentioned.get(0).equals(isoCode)) {
                    contains.add(o);
                }
            }
        }
        return Match.of(exact.isEmpty() ? contains : exact);
    }

    /** The option for a region: US state code or name, else plain text. */
    public static Match region(List<FieldOption> options, String region) {
        String code = UsStates.codeOf(region);
        if (code != null) {
            List<FieldOption> hits = new ArrayList<>();
            for (FieldOption o : options) {
                if (code.equals(UsStates.codeOf(o.text())) || code.equals(UsStates.codeOf(o.value()))) {
                    hits.add(o);
                }
            }
            return Match.of(hits);
        }
        return byText(options, region);
    }

    /** The option for a calling code ({@code "49"}): one mentioning {@code +49}, else one naming the country. */
    public static Match callingCode(List<FieldOption> options, String callingCode, String isoCode) {
        List<FieldOption> hits = new ArrayList<>();
        for (FieldOption o : options) {
            String t = o.text() + " " + o.value();
            int i = t.indexOf("+" + callingCode);
            int end = i + callingCode.length() + 1;
            if (i >= 0 && (end >= t.length() || !Chars.isDigit(t.charAt(end)))) {
                hits.add(o);
            }
        }
        if (hits.size() > 1 && isoCode != null) {
            List<FieldOption> narrowed = new ArrayList<>();
            for (FieldOption o : hits) {
                if (Countries.mentionedIn(o.text()).contains(isoCode) || sameCode(isoCode, o.value())) {
                    narrowed.add(o);
                }
            }
            return Match.of(narrowed);
        }
        return hits.isEmpty() && isoCode != null ? country(options, isoCode) : Match.of(hits);
    }

    /** The one option whose polarity is the wanted answer (yes / no / decline), negations included. */
    public static Match byPolarity(List<FieldOption> options, Polarity wanted) {
        List<FieldOption> hits = new ArrayList<>();
        for (FieldOption o : options) {
            if (Answers.polarity(o.text().isBlank() ? o.value() : o.text()) == wanted) {
                hits.add(o);
            }
        }
        return Match.of(hits);
    }

    /** The one option containing any of the synonyms and not negated ("White (Not Hispanic or Latino)" is not Hispanic). */
    public static Match bySynonyms(List<FieldOption> options, List<Phrase> synonyms) {
        List<FieldOption> hits = new ArrayList<>();
        for (FieldOption o : options) {
            List<String> words = Text.words(o.text());
            for (Phrase p : synonyms) {
                int at = p.indexIn(words);
                if (at >= 0 && !negatedBefore(words, at)) {
                    hits.add(o);
                    break;
                }
            }
        }
        return Match.of(hits);
    }

    /** The option whose number range contains the value ("3-5 years", "10+", "less than 2"). */
    public static Match numberRange(List<FieldOption> options, long value) {
        List<FieldOption> hits = new ArrayList<>();
        for (FieldOption o : options) {
            List<Long> numbers = numbers(o.text());
            List<String> words = Text.words(o.text());
            boolean open = o.text().contains("+") || words.contains("more") || words.contains("over") || words.contains("mehr")
                    || words.contains("plus") || words.contains("mas") || words.contains("meer") || words.contains("oltre");
            boolean below = words.contains("less") || words.contains("under") || words.contains("weniger")
                    || words.contains("moins") || words.contains("menos") || words.contains("minder") || words.contains("meno");
            if (numbers.size() == 2 && value >= numbers.get(0) && value <= numbers.get(1)
                    || numbers.size() == 1 && open && value >= numbers.get(0)
                    || numbers.size() == 1 && below && value < numbers.get(0)
                    || numbers.size() == 1 && !open && !below && value == numbers.get(0)) {
                hits.add(o);
            }
        }
        return Match.of(hits);
    }

    private static boolean negatedBefore(List<String> words, int at) {
        return Answers.isNegated(words.subList(Math.max(0, at - 3), at));
    }

    private static List<Long> numbers(String text) {
        List<Long> out = new ArrayList<>();
        long cur = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Chars.isDigit(c)) {
                cur = (cur < 0 ? 0 : cur * 10) + (c - '0');
            } else if (c == ',' || c == '.' && cur >= 0 && i + 1 < text.length() && Chars.isDigit(text.charAt(i + 1))) {
                continue; // thousands separator
            } else if (cur >= 0) {
                out.add(cur);
                cur = -1;
            }
        }
        return out;
    }

    /** Case-insensitive code comparison ("us" = "US") without String.equalsIgnoreCase's Unicode tables. */
    private static boolean sameCode(String code, String candidate) {
        return candidate != null && Chars.upper(code).equals(Chars.upper(candidate));
    }
}
