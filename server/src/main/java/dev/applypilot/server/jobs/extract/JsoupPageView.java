package dev.applypilot.server.jobs.extract;

import dev.applypilot.shared.extract.HtmlText;
import dev.applypilot.shared.extract.PageView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/** {@link PageView} over a jsoup {@link Document}, for pages the server fetched or received. */
public final class JsoupPageView implements PageView {

    private static final String BLOCKS = "div, section, article, td";
    // Tag names, not a CSS query: Element.is(...) re-parses its query and walks to the root on every call, which made
    // a page of 200,000 nested divs take seconds.
    private static final Set<String> PARAGRAPH_LEVEL = Set.of("p", "ul", "ol", "h2", "h3", "h4", "li", "br", "strong");

    private final Document document;
    private final String url;

    public JsoupPageView(Document document, String url) {
        this.document = document;
        this.url = url;
    }

    /** Parses {@code html} as loaded from {@code url} (relative links resolve against it). */
    public static JsoupPageView parse(String html, String url) {
        Document document = Jsoup.parse(html, url == null ? "" : url);
        // Pretty printing re-indents every serialised subtree; the HTML is only read back by HtmlText and the sanitiser.
        document.outputSettings().prettyPrint(false);
        return new JsoupPageView(document, url);
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public boolean exists(String css) {
        return select(css).first() != null;
    }

    @Override
    public Optional<String> text(String css) {
        for (Element element : select(css)) {
            String text = HtmlText.collapse(element.text());
            if (!text.isEmpty()) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    @Override
    public List<String> texts(String css) {
        List<String> out = new ArrayList<>();
        for (Element element : select(css)) {
            String text = HtmlText.collapse(element.text());
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    @Override
    public Optional<String> attribute(String css, String attribute) {
        for (Element element : select(css)) {
            String value = element.attr(attribute).trim();
            if (!value.isEmpty()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> html(String css) {
        for (Element element : select(css)) {
            if (!element.text().isBlank()) {
                return Optional.of(element.html());
            }
        }
        return Optional.empty();
    }

    @Override
    public List<String> jsonLdScripts() {
        List<String> out = new ArrayList<>();
        for (Element script : document.select("script[type=application/ld+json]")) {
            out.add(script.data());
        }
        return out;
    }

    @Override
    public Optional<String> scriptById(String id) {
        Element script = document.getElementById(id);
        return script != null && script.tagName().equals("script") ? Optional.of(script.data()) : Optional.empty();
    }

    @Override
    public Optional<String> mainContentHtml() {
        return mainContent().map(Element::html);
    }

    @Override
    public Optional<String> mainContentText() {
        return mainContent().map(element -> HtmlText.toText(element.html()));
    }

    /** {@code <main>}/{@code <article>}/{@code [role=main]}, else the block with the most paragraph-level own text. */
    private Optional<Element> mainContent() {
        for (String css : List.of("main", "article", "[role=main]")) {
            Element element = document.selectFirst(css);
            if (element != null && element.text().length() >= 200) {
                return Optional.of(element);
            }
        }
        Element best = null;
        int bestScore = 0;
        for (Element block : document.body() == null ? new Elements() : document.body().select(BLOCKS)) {
            int score = 0;
            for (Element child : block.children()) {
                if (PARAGRAPH_LEVEL.contains(child.normalName())) {
                    score += child.text().length();
                }
            }
            score += block.ownText().length();
            if (score > bestScore) {
                best = block;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private Elements select(String css) {
        try {
            return document.select(css);
        } catch (Selector.SelectorParseException e) {
            return new Elements();
        }
    }
}
