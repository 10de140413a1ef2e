package dev.applypilot.extension.autofill;

import dev.applypilot.extension.bindings.FieldHandle;
import dev.applypilot.extension.bindings.FieldHandles;
import dev.applypilot.extension.bindings.FormDom;
import dev.applypilot.shared.ats.AtsAdapter;
import dev.applypilot.shared.ats.AtsAdapters;
import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldOption;
import dev.applypilot.shared.form.FormDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the page's controls into the shared {@link FormDescriptor}. */
final class FieldReader {
    private FieldReader() {
    }

    static ScannedForm read() {
        FieldHandles found = FormDom.scan();
        List<FieldDescriptor> fields = new ArrayList<>(found.count());
        List<FieldHandle> handles = new ArrayList<>(found.count());
        for (int i = 0; i < found.count(); i++) {
            FieldHandle h = found.get(i);
            handles.add(h);
            fields.add(describe(h));
        }
        return new ScannedForm(new FormDescriptor(FormDom.url(), fields, markers()), handles);
    }

    /** The vendor markers (CSS selectors) that match this document, for ATS detection off the vendor's host. */
    private static Set<String> markers() {
        Set<String> present = new LinkedHashSet<>();
        for (AtsAdapter adapter : AtsAdapters.ALL) {
            for (String marker : adapter.domMarkers()) {
                if (!present.contains(marker) && FormDom.has(marker)) {
                    present.add(marker);
                }
            }
        }
        return present;
    }

    private static FieldDescriptor describe(FieldHandle h) {
        List<FieldOption> options = new ArrayList<>(h.optionCount());
        for (int i = 0; i < h.optionCount(); i++) {
            options.add(new FieldOption(h.optionValue(i), h.optionText(i)));
        }
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i + 1 < h.attributeSlots(); i += 2) {
            attributes.put(h.attributeSlot(i), h.attributeSlot(i + 1));
        }
        return new FieldDescriptor(h.getTag(), h.getType(), h.getName(), h.getId(), h.getAutocomplete(), h.getLabel(), h.getAriaLabel(),
                h.getDescribedBy(), h.getPlaceholder(), h.getNearby(), h.getHeading(), options, h.isRequired(), h.isVisible(),
                h.isEnabled(), h.getValue(), attributes);
    }

    /** A combobox seen as the select it behaves like, once its option list has been read (values are the texts). */
    static FieldDescriptor asSelect(FieldDescriptor f, List<String> optionTexts) {
        List<FieldOption> options = new ArrayList<>(optionTexts.size());
        for (String text : optionTexts) {
            options.add(new FieldOption(text, text));
        }
        return new FieldDescriptor("select", "select", f.name(), f.id(), f.autocomplete(), f.label(), f.ariaLabel(), f.ariaDescribedBy(),
                f.placeholder(), f.nearbyText(), f.sectionHeading(), options, f.required(), f.visible(), f.enabled(), f.currentValue(),
                f.attributes());
    }
}
