package dev.applypilot.shared.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A code-to-names table parsed from {@code "CODE:name one,name two;CODE2:..."} data. Names are stored
 * normalised ({@link Text#normalize(String)}) so lookups ignore case, accents and punctuation.
 */
final class NameTable {

    private final Map<String, List<String>> namesByCode = new LinkedHashMap<>();

    NameTable(String data) {
        for (String entry : Text.splitOn(data, ';')) {
            int colon = entry.indexOf(':');
            String code = Chars.upper(entry.substring(0, colon).trim());
            List<String> names = new ArrayList<>();
            for (String n : Text.splitOn(entry.substring(colon + 1), ',')) {
                names.add(Text.normalize(n));
            }
            namesByCode.put(code, names);
        }
    }

    /** Normalised names of a code (first = English display name), empty when unknown. */
    List<String> names(String code) {
        List<String> n = code == null ? null : namesByCode.get(Chars.upper(code));
        return n == null ? List.of() : n;
    }

    /** The code whose code or one of whose names equals the text, or {@code null}. */
    String codeOf(String text) {
        String n = Text.normalize(text);
        for (Map.Entry<String, List<String>> e : namesByCode.entrySet()) {
            if (Chars.lower(e.getKey()).equals(n) || e.getValue().contains(n)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Codes with a name occurring as a phrase in the text (e.g. a country named inside a question). */
    List<String> codesMentionedIn(String text) {
        String padded = " " + Text.normalize(text) + " ";
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : namesByCode.entrySet()) {
            for (String name : e.getValue()) {
                if (name.length() > 2 && padded.contains(" " + name + " ")) {
                    out.add(e.getKey());
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Title-cased English name. The English names of every table are plain ASCII (NameTableTest checks it), so ASCII
     * title case is exact, and it keeps TeaVM's Unicode upper-case table out of the autofill script (0.8 KB gzipped).
     */
    String displayName(String code) {
        List<String> n = names(code);
        if (n.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char c : n.get(0).toCharArray()) {
            sb.append(start && c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
            start = c == ' ';
        }
        return sb.toString();
    }
}
