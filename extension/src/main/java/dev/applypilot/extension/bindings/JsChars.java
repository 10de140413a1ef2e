package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;

/**
 * The TeaVM build's {@code dev.applypilot.shared.format.Chars} (see {@link SharedSubstitutions}): the same answers
 * from the browser's Unicode tables, so TeaVM's own tables stay out of the scripts. ASCII is answered in Java, which
 * is most of what labels hold and keeps the per-character calls cheap.
 */
public final class JsChars {

    private JsChars() {
    }

    public static String lower(String s) {
        return lowerJs(s);
    }

    public static String upper(String s) {
        return upperJs(s);
    }

    public static boolean isLetter(char c) {
        return c < 128 ? (c | 32) >= 'a' && (c | 32) <= 'z' : letter(c);
    }

    public static boolean isLetterOrDigit(char c) {
        return c < 128 ? isLetter(c) || isDigit(c) : letter(c) || digit(c);
    }

    public static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : digit(c);
    }

    public static boolean isUpperCase(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : upperCase(c);
    }

    public static boolean isLowerCase(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' : lowerCase(c);
    }

    @JSBody(params = "s", script = "return s.toLowerCase();")
    private static native String lowerJs(String s);

    @JSBody(params = "s", script = "return s.toUpperCase();")
    private static native String upperJs(String s);

    @JSBody(params = "c", script = "return /\\p{L}/u.test(String.fromCharCode(c));")
    private static native boolean letter(char c);

    @JSBody(params = "c", script = "return /\\p{Nd}/u.test(String.fromCharCode(c));")
    private static native boolean digit(char c);

    @JSBody(params = "c", script = "return /\\p{Uppercase}/u.test(String.fromCharCode(c));")
    private static native boolean upperCase(char c);

    @JSBody(params = "c", script = "return /\\p{Lowercase}/u.test(String.fromCharCode(c));")
    private static native boolean lowerCase(char c);
}
