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
}
