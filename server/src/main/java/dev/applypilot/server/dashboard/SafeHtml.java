package dev.applypilot.server.dashboard;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Job descriptions come from arbitrary pages. They are sanitised when saved; the dashboard cleans them again right
 * before output (defence in depth, in case an older row or another writer skipped it): formatting only, no script,
 * no event handlers, no styles, links made inert towards the dashboard. The page's CSP is the third line.
 */
final class SafeHtml {
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .addEnforcedAttribute("a", "target", "_blank");

    private SafeHtml() {
    }

    static String description(String html, String baseUrl) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, baseUrl == null ? "" : baseUrl, SAFELIST, new Document.OutputSettings().prettyPrint(false));
    }

    /** Plain text with a line per block, so sentence splitting (matching evidence) sees paragraph and list ends. */
    static String text(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parse(html);
        document.select("br, p, li, div, h1, h2, h3, h4, h5, h6, tr").forEach(e -> e.appendText("\n"));
        return document.wholeText().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\\n[ \\n]*", "\n").trim();
    }
}
