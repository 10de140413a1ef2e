package dev.applypilot.shared.extract;

import java.util.List;
import java.util.Optional;

/**
 * Read-only view of one HTML page, implemented over jsoup on the server and over the live DOM in the
 * extension. Selectors are standard CSS (what both {@code querySelectorAll} and jsoup accept).
 *
 * <p>Contract for text: an element's text content with runs of whitespace collapsed to one space and
 * trimmed; blank results count as absent. Implementations must not throw for selectors that match
 * nothing; an invalid selector may be treated as matching nothing.
 */
public interface PageView {

    /** The address the page was loaded from. */
    String url();

    /** True when at least one element matches {@code css}. */
    boolean exists(String css);

    /** Text of the first element matching {@code css} that has non-blank text. */
    Optional<String> text(String css);

    /** Non-blank texts of all elements matching {@code css}, in document order. */
    List<String> texts(String css);

    /** Trimmed non-blank value of {@code attribute} on the first matching element that has it. */
    Optional<String> attribute(String css, String attribute);

    /** Inner HTML of the first element matching {@code css} that has non-blank text. */
    Optional<String> html(String css);

    /** Raw contents of every {@code <script type="application/ld+json">}, in document order. */
    List<String> jsonLdScripts();

    /** Raw contents of the {@code <script>} with the given id (e.g. {@code __NEXT_DATA__}). */
    Optional<String> scriptById(String id);

    /**
     * Inner HTML of the page's main content: {@code <main>}, {@code <article>} or {@code [role=main]} when
     * present, else the block element holding the most paragraph text.
     */
    Optional<String> mainContentHtml();

    /** Text of {@link #mainContentHtml()}, with block boundaries kept as line breaks where possible. */
    Optional<String> mainContentText();

    /** Content of {@code <meta property=key>} or {@code <meta name=key>} (e.g. "og:title", "description"). */
    default Optional<String> meta(String key) {
        return attribute("meta[property=\"" + key + "\"], meta[name=\"" + key + "\"]", "content");
    }

    /** The {@code href} of {@code <link rel="canonical">}. */
    default Optional<String> canonicalLink() {
        return attribute("link[rel=\"canonical\"]", "href");
    }

    /** The document's {@code <title>}. */
    default Optional<String> documentTitle() {
        return text("title");
    }
}
