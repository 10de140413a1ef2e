package dev.applypilot.shared.form;

/**
 * One choice of a select, radio group or checkbox group.
 *
 * @param value submitted value
 * @param text  visible text
 */
public record FieldOption(String value, String text) {
}
