package dev.applypilot.shared.form;

import java.util.List;
import java.util.Map;

/**
 * Everything classification may look at for one form control. Strings are never {@code null}
 * (empty when absent), so rules can scan without checks.
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

    public FieldDescriptor {
        tag = orEmpty(tag);
        type = orEmpty(type);
        name = orEmpty(name);
        id = orEmpty(id);
        autocomplete = orEmpty(autocomplete);
        label = orEmpty(label);
        ariaLabel = orEmpty(ariaLabel);
        ariaDescribedBy = orEmpty(ariaDescribedBy);
        placeholder = orEmpty(placeholder);
        nearbyText = orEmpty(nearbyText);
        sectionHeading = orEmpty(sectionHeading);
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
}
