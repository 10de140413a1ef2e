package dev.applypilot.shared.form;

/**
 * One choice of a select, radio group or checkbox group.
 *
 * @param value submitted value
 * @param text  visible text
 */
public record FieldOption(String value, String text) {

    /** Never {@code null}, like every string of {@link FieldDescriptor}, so option scanners need no checks. */
    public FieldOption {
        value = value == null ? "" : value;
        text = text == null ? "" : text;
    }
}
