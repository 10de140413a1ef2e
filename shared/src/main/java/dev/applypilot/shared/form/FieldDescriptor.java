package dev.applypilot.shared.form;

import java.util.List;
import java.util.Map;

/**
 * Everything classification may look at for one form control. Strings are never {@code null}
 * (empty when absent), so rules can scan without checks. Scanned texts (names, labels, hints, headings) are cut to
 * {@value #MAX_TEXT} characters: no real label is longer, and a hostile page could otherwise stall classification
 * for seconds with a megabyte-long label.
 *
 * @param tag             lower-case tag name: {@code input}, {@code select}, {@code textarea}, ...
 * @param type            lower-case input type ({@code text}, {@code file}, {@code radio}, ...); for select/textarea the tag
 * @param name            {@code name} attribute
 * @param id              {@code id} attribute
 * @param autocomplete    {@code autocomplete} attribute
 * @param label           text of the associated {@code <label>} (for= / wrapping / aria-labelledby)
 * @param ariaLabel       {@code aria-label}
 * @param ariaDescribedBy text of the elements named by {@code aria-describedby}
 * @param placeholder     {@code placeholder}
 * @param nearbyText      text just before the control when no label exists (question cards, table cells)
 * @param sectionHeading  nearest preceding heading / legend
 * @param options         choices for select / radio / checkbox groups, empty otherwise
 * @param required        required or aria-required
 * @param visible         rendered, on screen and not collapsed (decided by the DOM seam)
 * @param enabled         not disabled and not read-only
 * @param currentValue    value already in the control (empty if none)
 * @param attributes      vendor / safety attributes worth keeping: {@code data-automation-id}, {@code aria-hidden},
 *                        {@code tabindex}, {@code class}, {@code data-qa} ...
 */
public record FieldDescriptor(
        String tag, String type, String name, String id, String autocomplete, String label, String ariaLabel,
        String ariaDescribedBy, String placeholder, String nearbyText, String sectionHeading,
        List<FieldOption> options, boolean required, boolean visible, boolean enabled, String currentValue,
        Map<String, String> attributes) {

    /** Longest scanned text kept. */
    public static final int MAX_TEXT = 2_000;

    public FieldDescriptor {
        tag = clip(tag);
        type = clip(type);
        name = clip(name);
        id = clip(id);
        autocomplete = clip(autocomplete);
        label = clip(label);
        ariaLabel = clip(ariaLabel);
        ariaDescribedBy = clip(ariaDescribedBy);
        placeholder = clip(placeholder);
        nearbyText = clip(nearbyText);
        sectionHeading = clip(sectionHeading);
        currentValue = orEmpty(currentValue);
        options = options == null ? List.of() : List.copyOf(options);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A vendor attribute, or the empty string. */
    public String attribute(String key) {
        String value = attributes.get(key);
        return value == null ? "" : value;
    }

    /** Whether the control offers a fixed set of choices (select, radio group, checkbox group). */
    public boolean isChoice() {
        return tag.equals("select") || type.equals("radio") || (type.equals("checkbox") && options.size() > 1);
    }

    /** Whether this is a single checkbox (an on/off statement). */
    public boolean isSingleCheckbox() {
        return type.equals("checkbox") && options.size() <= 1;
    }

    /** Whether this is a file upload. */
    public boolean isFile() {
        return type.equals("file");
    }

    /** Whether the user types free text here (text-like input or textarea). */
    public boolean isTextEntry() {
        if (tag.equals("textarea")) {
            return true;
        }
        if (!tag.equals("input")) {
            return false;
        }
        switch (type) {
            case "", "text", "email", "tel", "url", "number", "search", "date", "month" -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
    }
}
