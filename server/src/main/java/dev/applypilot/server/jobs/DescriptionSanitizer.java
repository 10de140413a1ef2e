package dev.applypilot.server.jobs;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Job descriptions come from arbitrary pages and are shown in the dashboard: keep formatting (jsoup's relaxed
 * safelist: lists, headings, tables, links, images), drop scripts, styles, event handlers and non-http(s)/mailto
 * URLs. Links open without handing the page a reference to the dashboard.
 */
final class DescriptionSanitizer {
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private DescriptionSanitizer() {
    }

    /** Safe HTML; relative links resolve against {@code baseUrl} (and are dropped without one). */
    static String sanitize(String html, String baseUrl) {
        if (html == null || html.isBlank()) {
            return null;
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, baseUrl == null ? "" : baseUrl, SAFELIST, output);
    }

    static String text(String html) {
        return html == null ? null : Jsoup.parse(html).text();
    }
}
