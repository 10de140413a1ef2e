package dev.applypilot.server.jobs;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DescriptionSanitizerTest {
    /** One parse gives what cleaning and then parsing the cleaned HTML again for its text gave. */
    @ParameterizedTest
    @ValueSource(strings = {
            "<p>Work on <b>things</b>.</p><ul><li>Java</li><li>SQL &amp; more</li></ul>",
            "<h2>Role</h2><script>alert(1)</script><p onclick=\"x()\">Build&nbsp;it</p>",
            "<a href=\"/apply\">Apply</a> <img src=\"javascript:alert(1)\"> <table><tr><td>Berlin</td></tr></table>",
            "plain text, no tags   and\n\nnewlines",
            "<div><p>unclosed <i>tags<p>and <style>p{}</style>styles"})
    void givesTheCleanedHtmlAndItsTextFromOneParse(String html) {
        String base = "https://jobs.example.com/postings/1";
        String expectedHtml = Jsoup.clean(html, base, DescriptionSanitizer.SAFELIST, new Document.OutputSettings().prettyPrint(false));

        DescriptionSanitizer.Sanitized sanitized = DescriptionSanitizer.sanitize(html, base);
        assertEquals(expectedHtml, sanitized.html());
        assertEquals(Jsoup.parse(expectedHtml).text(), sanitized.text());
    }
}
