package dev.applypilot.shared.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In-memory {@link PageView} for tests: answers are registered per exact selector string, which is all
 * the rules need (they query fixed selectors). Unregistered selectors match nothing.
 */
final class FakePageView implements PageView {

    private final String url;
    private final Map<String, List<String>> texts = new HashMap<>();
    private final Map<String, String> attributes = new HashMap<>();
    private final Map<String, String> html = new HashMap<>();
    private final Map<String, String> meta = new HashMap<>();
    private final Map<String, String> scripts = new HashMap<>();
    private final List<String> jsonLd = new ArrayList<>();
    private String mainHtml;

    FakePageView(String url) {
        this.url = url;
    }

    FakePageView text(String css, String... values) {
        texts.put(css, List.of(values));
        return this;
    }

    FakePageView attr(String css, String attribute, String value) {
        attributes.put(css + "@" + attribute, value);
        return this;
    }

    FakePageView html(String css, String value) {
        html.put(css, value);
        return this;
    }

    FakePageView meta(String key, String value) {
        meta.put(key, value);
        return this;
    }

    FakePageView jsonLd(String script) {
        jsonLd.add(script);
        return this;
    }

    FakePageView script(String id, String content) {
        scripts.put(id, content);
        return this;
    }

    FakePageView main(String mainHtml) {
        this.mainHtml = mainHtml;
        return this;
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public boolean exists(String css) {
        return texts.containsKey(css) || html.containsKey(css);
    }

    @Override
    public Optional<String> text(String css) {
        return texts(css).stream().findFirst();
    }

    @Override
    public List<String> texts(String css) {
        return texts.getOrDefault(css, List.of());
    }

    @Override
    public Optional<String> attribute(String css, String attribute) {
        return Optional.ofNullable(attributes.get(css + "@" + attribute));
    }

    @Override
    public Optional<String> html(String css) {
        return Optional.ofNullable(html.get(css));
    }

    @Override
    public List<String> jsonLdScripts() {
        return jsonLd;
    }

    @Override
    public Optional<String> scriptById(String id) {
        return Optional.ofNullable(scripts.get(id));
    }

    @Override
    public Optional<String> mainContentHtml() {
        return Optional.ofNullable(mainHtml);
    }

    @Override
    public Optional<String> mainContentText() {
        return mainContentHtml().map(HtmlText::toText);
    }

    @Override
    public Optional<String> meta(String key) {
        return Optional.ofNullable(meta.get(key));
    }

    @Override
    public Optional<String> canonicalLink() {
        return Optional.ofNullable(meta.get("canonical"));
    }

    @Override
    public Optional<String> documentTitle() {
        return Optional.ofNullable(meta.get("title"));
    }
}
