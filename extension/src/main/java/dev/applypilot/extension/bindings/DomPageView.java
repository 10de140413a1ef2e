package dev.applypilot.extension.bindings;

import dev.applypilot.shared.extract.HtmlText;
import dev.applypilot.shared.extract.PageView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSString;

/**
 * {@link PageView} over the live DOM the user sees, so what is saved is the rendered page (after scripts ran),
 * not what a server would fetch. Mirrors the server's jsoup view: same selectors, same main-content heuristic.
 */
public final class DomPageView implements PageView {
    private final String url;

    public DomPageView(String url) {
        this.url = url;
    }

    /** The current document. */
    public static DomPageView current() {
        return new DomPageView(Dom.pageUrl());
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public boolean exists(String css) {
        return count(css) > 0;
    }

    @Override
    public Optional<String> text(String css) {
        List<String> all = texts(css);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    @Override
    public List<String> texts(String css) {
        List<String> out = new ArrayList<>();
        JSArrayReader<JSString> raw = textContents(css);
        for (int i = 0; i < raw.getLength(); i++) {
            String text = HtmlText.collapse(raw.get(i).stringValue());
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    @Override
    public Optional<String> attribute(String css, String attribute) {
        return Optional.ofNullable(firstAttribute(css, attribute));
    }

    @Override
    public Optional<String> html(String css) {
        return Optional.ofNullable(firstHtml(css));
    }

    @Override
    public List<String> jsonLdScripts() {
        List<String> out = new ArrayList<>();
        JSArrayReader<JSString> raw = textContents("script[type=\"application/ld+json\"]");
        for (int i = 0; i < raw.getLength(); i++) {
            out.add(raw.get(i).stringValue());
        }
        return out;
    }

    @Override
    public Optional<String> scriptById(String id) {
        return Optional.ofNullable(scriptText(id));
    }

    @Override
    public Optional<String> mainContentHtml() {
        MainContent main = mainContent();
        return main == null ? Optional.empty() : Optional.of(main.html());
    }

    @Override
    public Optional<String> mainContentText() {
        MainContent main = mainContent();
        return main == null ? Optional.empty() : Optional.of(HtmlText.toText(main.html()));
    }

    abstract static class MainContent implements JSObject {
        @JSBody(script = "return this.innerHTML;")
        native String html();
    }

    @JSBody(params = "css", script = "try { return document.querySelectorAll(css).length; } catch (error) { return 0; }")
    private static native int count(String css);

    @JSBody(params = "css", script = "var out = []; try { var all = document.querySelectorAll(css);"
            + " for (var index = 0; index < all.length; index++) { out.push(all[index].textContent || ''); } } catch (error) {} return out;")
    private static native JSArrayReader<JSString> textContents(String css);

    @JSBody(params = {"css", "name"}, script = "try { var all = document.querySelectorAll(css);"
            + " for (var index = 0; index < all.length; index++) { var value = all[index].getAttribute(name);"
            + " if (value !== null && value.trim() !== '') { return value.trim(); } } } catch (error) {} return null;")
    private static native String firstAttribute(String css, String name);

    @JSBody(params = "css", script = "try { var all = document.querySelectorAll(css);"
            + " for (var index = 0; index < all.length; index++) { if ((all[index].textContent || '').trim() !== '') { return all[index].innerHTML; } } }"
            + " catch (error) {} return null;")
    private static native String firstHtml(String css);

    @JSBody(params = "id", script = "var script = document.getElementById(id);"
            + " return script && script.tagName === 'SCRIPT' ? script.textContent : null;")
    private static native String scriptText(String id);

    /** {@code <main>}/{@code <article>}/{@code [role=main]} with real text, else the block with the most paragraph text. */
    @JSBody(script = "var sel = ['main', 'article', '[role=main]'];"
            + " for (var index = 0; index < sel.length; index++) { var el = document.querySelector(sel[index]);"
            + " if (el && (el.textContent || '').length >= 200) { return el; } }"
            + " if (!document.body) { return null; }"
            + " var best = null, bestScore = 0, blocks = document.body.querySelectorAll('div, section, article, td');"
            + " var para = {P: 1, UL: 1, OL: 1, H2: 1, H3: 1, H4: 1, LI: 1, BR: 1, STRONG: 1};"
            + " for (var bi = 0; bi < blocks.length; bi++) { var block = blocks[bi], score = 0;"
            + "  for (var ci = 0; ci < block.children.length; ci++) { var ch = block.children[ci];"
            + "   if (para[ch.tagName]) { score += (ch.textContent || '').trim().length; } }"
            + "  for (var node = block.firstChild; node; node = node.nextSibling) { if (node.nodeType === 3) { score += node.nodeValue.trim().length; } }"
            + "  if (score > bestScore) { best = block; bestScore = score; } }"
            + " return best;")
    private static native MainContent mainContent();
}
