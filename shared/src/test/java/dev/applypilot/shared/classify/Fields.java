package dev.applypilot.shared.classify;

import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small builders for test field descriptors. */
final class Fields {

    private Fields() {
    }

    static FieldDescriptor text(String label) {
        return input("text", "", "", label);
    }

    static FieldDescriptor input(String type, String name, String autocomplete, String label) {
        return new FieldDescriptor("input", type, name, name, autocomplete, label, "", "", "", "", "", List.of(), false, true, true, "", Map.of());
    }

    static FieldDescriptor named(String name) {
        return input("text", name, "", "");
    }

    static FieldDescriptor withPlaceholder(String placeholder) {
        return new FieldDescriptor("input", "text", "", "", "", "", "", "", placeholder, "", "", List.of(), false, true, true, "", Map.of());
    }

    static FieldDescriptor select(String label, String... optionTexts) {
        List<FieldOption> options = new ArrayList<>();
        for (String t : optionTexts) {
            options.add(new FieldOption(t, t));
        }
        return new FieldDescriptor("select", "select", "", "", "", label, "", "", "", "", "", options, false, true, true, "", Map.of());
    }

    static FieldDescriptor checkbox(String label) {
        return new FieldDescriptor("input", "checkbox", "", "", "", label, "", "", "", "", "",
                List.of(new FieldOption("on", label)), false, true, true, "", Map.of());
    }

    static FieldDescriptor file(String label) {
        return input("file", "", "", label);
    }

    static FieldDescriptor textarea(String label) {
        return new FieldDescriptor("textarea", "textarea", "", "", "", label, "", "", "", "", "", List.of(), false, true, true, "", Map.of());
    }
}
