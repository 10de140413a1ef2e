package dev.applypilot.server.resume.parse.extract;

import java.text.Normalizer;

/**
 * Normalises one line of extracted text so that later matching (and the "value occurs in the text" invariant) works
 * on one canonical form: NFC, ligatures spelled out, odd spaces made plain, icon-font glyphs (private use area)
 * removed, whitespace collapsed (a run containing a tab becomes one tab).
 */
public final class LineNormaliser {
    private LineNormaliser() {
    }

    public static String normalise(String raw) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        boolean pendingTab = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            String replacement = ligature(c);
            if (replacement == null && isDropped(c)) {
                continue;
            }
            if (c == '\t') {
                pendingTab = true;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
                continue;
            }
            if (out.length() > 0 && (pendingTab || pendingSpace)) {
                out.append(pendingTab ? '\t' : ' ');
            }
            pendingSpace = false;
            pendingTab = false;
            out.append(replacement != null ? replacement : String.valueOf(c));
        }
        return out.toString();
    }

    private static boolean isDropped(char c) {
        return (c >= '\uE000' && c <= '\uF8FF')          // private use area: icon fonts (FontAwesome & co)
                || c == '\u00AD' || c == '\uFEFF'           // soft hyphen, BOM
                || (c >= '\u200B' && c <= '\u200D')         // zero-width characters
                || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }

    private static String ligature(char c) {
        return switch (c) {
            case '\uFB00' -> "ff";
            case '\uFB01' -> "fi";
            case '\uFB02' -> "fl";
            case '\uFB03' -> "ffi";
            case '\uFB04' -> "ffl";
            case '\uFB05', '\uFB06' -> "st";
            default -> null;
        };
    }
}
