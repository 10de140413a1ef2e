package dev.applypilot.shared.format;

import java.util.List;
import java.util.Set;

/**
 * Reads the polarity of an answer option in eight languages: "Yes", "Ja", "I will require sponsorship"
 * are {@link Polarity#YES}; "No", "Nein", "I will not require sponsorship", "No, I do not need ..." are
 * {@link Polarity#NO}; "Prefer not to say" / "I don't wish to answer" are {@link Polarity#DECLINE};
 * "Select...", "" are {@link Polarity#NONE}.
 */
public final class Answers {

    /** What an option answers. */
    public enum Polarity { YES, NO, DECLINE, NONE }

    private static final Set<String> YES = Set.of("yes", "y", "ja", "oui", "si", "sim", "tak", "true", "yep", "yeah");
    private static final Set<String> NO = Set.of("no", "n", "nein", "non", "nee", "nao", "nie", "false");
    private static final Set<String> NEGATIONS = Set.of(
            "not", "no", "never", "don", "doesn", "won", "isn", "aren", "haven", "hasn", "cannot", "nicht", "kein", "keine", "keinen",
            "nie", "pas", "ne", "jamais", "non", "nunca", "niet", "geen", "mai", "nao", "without");
    private static final List<Phrase> DECLINE = Phrase.parseAll(
            "prefer not|decline|rather not|don t wish|do not wish|not wish to|choose not|not to answer|not to say|not to disclose"
                    + "|not specified|keine angabe|mochte ich nicht|mochte keine|je ne souhaite pas|prefere ne pas|prefiero no|zeg ik liever niet"
                    + "|wil ik niet|preferisco non|prefiro nao|wole nie|nie chce|odmawiam");
    private static final List<Phrase> PLACEHOLDER = Phrase.parseAll(
            "select|choose|please select|bitte wahlen|auswahlen|selectionner|choisir|seleccione|seleccionar|selecteer|kies|seleziona"
                    + "|scegli|selecione|escolha|wybierz");

    private Answers() {
    }

    /** The polarity of an option's text. */
    public static Polarity polarity(String text) {
        List<String> words = Text.words(text);
        if (words.isEmpty()) {
            return Polarity.NONE;
        }
        for (Phrase p : DECLINE) {
            if (p.in(words)) {
                return Polarity.DECLINE;
            }
        }
        if (YES.contains(words.get(0))) {
            return Polarity.YES;
        }
        if (NO.contains(words.get(0))) {
            return Polarity.NO;
        }
        for (Phrase p : PLACEHOLDER) {
            if (p.in(words.subList(0, Math.min(words.size(), p.words().size())))) {
                return Polarity.NONE;
            }
        }
        return isNegated(words) ? Polarity.NO : Polarity.YES;
    }

    /** Whether the words contain a negation ("not", "don't", "nicht", "pas", ...). */
    public static boolean isNegated(List<String> words) {
        for (String w : words) {
            if (NEGATIONS.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
