package dev.applypilot.shared.format;

import java.util.Locale;

/**
 * Character classes and case mapping for everything the autofill engine reads. They sit in one class so that the
 * extension's TeaVM build can substitute the browser's own Unicode tables ({@code extension/bindings/JsChars})
 * for the copy TeaVM would otherwise compile into the engine script; on the JVM they are {@link Character}'s.
 */
public final class Chars {

    private Chars() {
    }

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    public static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    public static boolean isLetter(char c) {
        return Character.isLetter(c);
    }

    public static boolean isLetterOrDigit(char c) {
        return Character.isLetterOrDigit(c);
    }

    public static boolean isDigit(char c) {
        return Character.isDigit(c);
    }

    public static boolean isUpperCase(char c) {
        return Character.isUpperCase(c);
    }

    public static boolean isLowerCase(char c) {
        return Character.isLowerCase(c);
    }
}
