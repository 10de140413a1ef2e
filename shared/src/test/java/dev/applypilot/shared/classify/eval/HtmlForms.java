package dev.applypilot.shared.classify.eval;

import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldOption;
import dev.applypilot.shared.form.FormDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Test-side DOM seam: turns a static HTML page into a {@link FormDescriptor} the way the extension's
 * content script does (labels, aria, nearby text, visibility from inline styles, radio groups collapsed).
 */
public final class HtmlForms {

    /** A page's form plus, per field, the answer attribute that was stripped before classifying. */
    public record Parsed(FormDescriptor form, List<String> answers, List<Element> elements) {
    }

    private HtmlForms() {
    }

    /** Reads controls of the whole page; {@code answerAttribute} (may be null) is removed and returned per field. */
    public static Parsed read(Document doc, String url, String answerAttribute) {
        Set<String> markers = new LinkedHashSet<>();
        if (!doc.select("#grnhse_app").isEmpty()) {
            markers.add("#grnhse_app");
        }
        if (!doc.select("iframe#grnhse_iframe").isEmpty()) {
            markers.add("iframe#grnhse_iframe");
        }
        if (!doc.select("[data-automation-id]").isEmpty()) {
            markers.add("[data-automation-id]");
        }
        List<FieldDescriptor> fields = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        List<Element> elements = new ArrayList<>();
        Map<String, Integer> groups = new HashMap<>();
        for (Element e : doc.select("input, select, textarea")) {
            String type = e.tagName().equals("input") ? e.attr("type").toLowerCase(Locale.ROOT) : e.tagName();
            if (type.isEmpty()) {
                type = "text";
            }
            if (List.of("hidden", "submit", "button", "image", "reset").contains(type)) {
                continue;
            }
            String answer = answerAttribute == null ? "" : e.attr(answerAttribute);
            if (answerAttribute != null) {
                e.removeAttr(answerAttribute);
            }
            boolean grouped = type.equals("radio") || type.equals("checkbox");
            String groupKey = grouped && !e.attr("name").isEmpty() ? type + ":" + e.attr("name") : null;
            if (groupKey != null && groups.containsKey(groupKey)) {
                int idx = groups.get(groupKey);
                FieldDescriptor g = fields.get(idx);
                List<FieldOption> opts = new ArrayList<>(g.options());
                opts.add(new FieldOption(e.attr("value"), ownLabel(doc, e)));
                fields.set(idx, copyWithOptions(g, opts, groupLabel(doc, e)));
                if (answers.get(idx).isEmpty()) {
                    answers.set(idx, answer);
                }
                continue;
            }
            fields.add(describe(doc, e, type));
            answers.add(answer);
            elements.add(e);
            if (groupKey != null) {
                groups.put(groupKey, fields.size() - 1);
            }
        }
        return new Parsed(new FormDescriptor(url, fields, markers), answers, elements);
    }

    private static FieldDescriptor describe(Document doc, Element e, String type) {
        List<FieldOption> options = new ArrayList<>();
        String label = ownLabel(doc, e);
        if (e.tagName().equals("select")) {
            for (Element o : e.select("option")) {
                options.add(new FieldOption(o.hasAttr("value") ? o.attr("value") : o.text(), o.text()));
            }
        } else if (type.equals("radio") || type.equals("checkbox")) {
            options.add(new FieldOption(e.attr("value"), label));
        }
        boolean grouped = type.equals("radio");
        String fieldLabel = grouped ? groupLabel(doc, e) : label;
        Map<String, String> attrs = new LinkedHashMap<>();
        for (String key : List.of("data-automation-id", "tabindex", "class", "data-qa", "role")) {
            if (e.hasAttr(key)) {
                attrs.put(key, e.attr(key));
            }
        }
        if (ariaHidden(e)) {
            attrs.put("aria-hidden", "true");
        }
        String nearby = fieldLabel.isEmpty() && e.attr("aria-label").isEmpty() ? nearbyText(e) : "";
        return new FieldDescriptor(e.tagName(), type, e.attr("name"), e.id(), e.attr("autocomplete"), fieldLabel,
                e.attr("aria-label"), idsText(doc, e.attr("aria-describedby")), e.attr("placeholder"), nearby, heading(e), options,
                e.hasAttr("required") || e.attr("aria-required").equals("true"), visible(e, type),
                !e.hasAttr("disabled") && !e.hasAttr("readonly"), e.tagName().equals("select") ? "" : e.attr("value"), attrs);
    }

    private static FieldDescriptor copyWithOptions(FieldDescriptor g, List<FieldOption> opts, String label) {
        return new FieldDescriptor(g.tag(), g.type(), g.name(), g.id(), g.autocomplete(), g.type().equals("checkbox") ? label : g.label(),
                g.ariaLabel(), g.ariaDescribedBy(), g.placeholder(), g.nearbyText(), g.sectionHeading(), opts, g.required(),
                g.visible(), g.enabled(), g.currentValue(), g.attributes());
    }

    static String ownLabel(Document doc, Element e) {
        String labelledBy = idsText(doc, e.attr("aria-labelledby"));
        if (!labelledBy.isEmpty()) {
            return labelledBy;
        }
        if (!e.id().isEmpty()) {
            // Corpus files concatenate several sites' forms, so look in the control's own form first.
            Element scope = e.closest("form") != null ? e.closest("form") : doc;
            for (Element l : scope.select("label")) {
                if (l.attr("for").equals(e.id())) {
                    return textOf(l);
                }
            }
        }
        Element wrapping = e.closest("label");
        // A label wrapping several controls labels a group, not this control.
        return wrapping == null || wrapping.select("input, select, textarea").size() > 1 ? "" : textOf(wrapping);
    }

    /** Question text of a radio / checkbox group: legend, radiogroup label, or preceding text. */
    static String groupLabel(Document doc, Element e) {
        Element fieldset = e.closest("fieldset");
        if (fieldset != null) {
            Element legend = fieldset.selectFirst("legend");
            if (legend != null && !legend.text().isBlank()) {
                return legend.text().trim();
            }
        }
        Element group = e.closest("[role=radiogroup], [role=group]");
        if (group != null) {
            String t = idsText(doc, group.attr("aria-labelledby"));
            if (!t.isEmpty()) {
                return t;
            }
            if (!group.attr("aria-label").isEmpty()) {
                return group.attr("aria-label");
            }
        }
        return nearbyText(e.closest("label") != null ? e.closest("label") : e);
    }

    /** Text of a node without option lists, scripts or nested controls' contents, as the content script's {@code textOf}. */
    static String textOf(Element e) {
        Element copy = e.clone();
        copy.select("select, textarea, script, style, option, template").remove();
        return copy.text().trim();
    }

    /** Nearest preceding h1-h6 / legend, as the content script's {@code heading()}: up to 8 ancestors, 20 siblings each. */
    static String heading(Element e) {
        Element cur = e;
        for (int depth = 0; depth < 8 && cur != null && !cur.tagName().equals("body"); depth++) {
            Element prev = cur.previousElementSibling();
            for (int n = 0; prev != null && n < 20; n++, prev = prev.previousElementSibling()) {
                if (HEADINGS.contains(prev.tagName())) {
                    return prev.text().trim();
                }
                List<Element> inner = prev.select(String.join(",", HEADINGS));
                if (!inner.isEmpty()) {
                    return inner.get(inner.size() - 1).text().trim();
                }
            }
            cur = cur.parent();
        }
        return "";
    }

    private static final List<String> HEADINGS = List.of("h1", "h2", "h3", "h4", "h5", "h6", "legend");

    /** Text of the first non-empty previous sibling, walking up a few ancestors. */
    static String nearbyText(Element e) {
        Element cur = e;
        for (int depth = 0; depth < 4 && cur != null; depth++) {
            Element prev = cur.previousElementSibling();
            while (prev != null) {
                if (prev.select("input, select, textarea").isEmpty()) {
                    String t = prev.text().trim();
                    if (!t.isEmpty()) {
                        return t.length() > 200 ? t.substring(0, 200) : t;
                    }
                } else {
                    return "";
                }
                prev = prev.previousElementSibling();
            }
            cur = cur.parent();
        }
        return "";
    }

    static String idsText(Document doc, String ids) {
        if (ids == null || ids.isBlank()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String id : ids.trim().split("\\s+")) {
            Element t = doc.getElementById(id);
            if (t != null && !t.text().isBlank()) {
                sb.append(sb.length() > 0 ? " " : "").append(t.text().trim());
            }
        }
        return sb.toString();
    }

    private static boolean ariaHidden(Element e) {
        for (Element cur = e; cur != null; cur = cur.parent()) {
            if (cur.attr("aria-hidden").equals("true")) {
                return true;
            }
        }
        return false;
    }

    /** Inline-style visibility; visually-hidden file inputs count as visible (files are attached programmatically). */
    static boolean visible(Element e, String type) {
        for (Element cur = e; cur != null; cur = cur.parent()) {
            String style = cur.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            if (cur.hasAttr("hidden") || style.contains("display:none") || style.contains("visibility:hidden")) {
                return false;
            }
            if (!type.equals("file") && (style.contains("left:-9999") || style.contains("left:-10000") || style.contains("top:-9999"))) {
                return false;
            }
        }
        return true;
    }
}
