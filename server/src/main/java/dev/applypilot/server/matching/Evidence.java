package dev.applypilot.server.matching;

/** Keeps evidence sentences readable: whitespace collapsed, long run-on "sentences" cut around the mention. */
final class Evidence {
    private static final int MAX = 240;

    private Evidence() {
    }

    static String trim(String sentence) {
        return around(sentence, 0);
    }

    /** The sentence, or a window of it that contains the character at {@code offset}. */
    static String around(String sentence, int offset) {
        if (sentence.length() <= MAX) {
            return collapse(sentence);
        }
        int from = Math.max(0, Math.min(offset - MAX / 3, sentence.length() - MAX));
        while (from > 0 && !Character.isWhitespace(sentence.charAt(from - 1))) {
            from--;
        }
        int to = Math.min(sentence.length(), from + MAX);
        return (from > 0 ? "…" : "") + collapse(sentence.substring(from, to)) + (to < sentence.length() ? "…" : "");
    }

    /** Whitespace runs become one space; leading and trailing whitespace goes. */
    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }
}
