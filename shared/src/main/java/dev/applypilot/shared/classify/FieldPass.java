package dev.applypilot.shared.classify;

import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldType;
import java.util.Set;

/**
 * One field family (names, address, documents, ...). The classifier asks the pass owning a suggested
 * type whether that type fits the control and lets it refine the type (e.g. cover letter file vs text).
 */
public abstract class FieldPass {

    private final Set<FieldType> family;

    protected FieldPass(Set<FieldType> family) {
        this.family = Set.copyOf(family);
    }

    /** Types this pass owns. */
    public Set<FieldType> family() {
        return family;
    }

    /**
     * The type to assign when {@code suggested} (owned by this pass) was suggested for {@code field},
     * or {@code null} when it does not fit the control. Default: text-like values need a text entry.
     */
    public FieldType accept(FieldDescriptor field, FieldType suggested) {
        return field.isTextEntry() ? suggested : null;
    }
}
