package dev.applypilot.shared.classify;

import dev.applypilot.shared.format.PhoneFormat;

/**
 * Planner settings.
 *
 * @param overwrite   also fill fields that already hold a value
 * @param phoneFormat spelling for phone fields when the form has no separate country-code field
 */
public record FillOptions(boolean overwrite, PhoneFormat phoneFormat) {

    /** Only empty fields, E.164 phones. */
    public static FillOptions defaults() {
        return new FillOptions(false, PhoneFormat.E164);
    }
}
