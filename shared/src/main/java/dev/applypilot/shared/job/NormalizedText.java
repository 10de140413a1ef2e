package dev.applypilot.shared.job;

import java.util.Locale;

/**
 * Comparison keys for human text: lower case, letters and digits only, single spaces. "Sr. Engineer –
 * Backend" and "sr engineer backend" give the same key. Used for de-duplication and for evaluation.
 */
public final class NormalizedText {

    private NormalizedText() {
    }

    /** The comparison key of {@code text}; empty for null. */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean pendingSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(foldAccent(c));
            } else if (c != '\'' && c != '\u2019') {
                // Apostrophes join ("O'Reilly" = "oreilly"); every other mark separates words.
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /** Folds the common Latin-1 accented letters so "Zürich" matches "Zurich" without java.text.Normalizer. */
    private static char foldAccent(char c) {
        if (c < '\u00e0' || c > '\u00ff') {
            return c;
        }
        String plain = "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
        char folded = plain.charAt(c - '\u00e0');
        return folded == '/' ? c : folded;
    }
}
