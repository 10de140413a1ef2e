package dev.applypilot.server.jobs;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Job descriptions come from arbitrary pages and are shown in the dashboard: keep formatting (jsoup's relaxed
 * safelist: lists, headings, tables, links, images), drop scripts, styles, event handlers and non-http(s)/mailto
 * URLs. Links open without handing the page a reference to the dashboard.
 */
final class DescriptionSanitizer {
    static final Safelist SAFELIST = Safelist.relaxed()
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private DescriptionSanitizer() {
    }

    /** A description made safe: the HTML to show, and its plain text. Both null when there was no HTML. */
    record Sanitized(String html, String text) {
    }

    /**
     * Safe HTML and its text, from one parse (what {@code Jsoup.clean} does, keeping the cleaned tree for the text
     * instead of parsing its output again); relative links resolve against {@code baseUrl} (and are dropped without one).
     */
    static Sanitized sanitize(String html, String baseUrl) {
        if (html == null || html.isBlank()) {
            return new Sanitized(null, null);
        }
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html, baseUrl == null ? "" : baseUrl));
        clean.outputSettings().prettyPrint(false);
        return new Sanitized(clean.body().html(), clean.body().text());
    }
}
