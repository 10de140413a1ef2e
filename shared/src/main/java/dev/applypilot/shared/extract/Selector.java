package dev.applypilot.shared.extract;

/**
 * Where a site rule reads a value: an element's text, an attribute, or inner HTML.
 *
 * @param css       standard CSS selector
 * @param attribute attribute to read for {@link Kind#ATTRIBUTE}, else null
 * @param kind      what to read
 */
public record Selector(String css, String attribute, Kind kind) {

    public enum Kind { TEXT, ATTRIBUTE, HTML }

    public static Selector text(String css) {
        return new Selector(css, null, Kind.TEXT);
    }

    public static Selector attr(String css, String attribute) {
        return new Selector(css, attribute, Kind.ATTRIBUTE);
    }

    public static Selector html(String css) {
        return new Selector(css, null, Kind.HTML);
    }

    /** Reads this selector's value from {@code page}, or null. */
    String read(PageView page) {
        return switch (kind) {
            case TEXT -> page.text(css).orElse(null);
            case ATTRIBUTE -> page.attribute(css, attribute).orElse(null);
            case HTML -> page.html(css).orElse(null);
        };
    }
}
