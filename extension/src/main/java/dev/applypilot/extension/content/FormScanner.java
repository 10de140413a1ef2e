package dev.applypilot.extension.content;

import dev.applypilot.extension.bindings.Dom;

/**
 * Seam for the autofill engine's form scanner: today it only counts fillable fields for the popup. The
 * classifier work ({@code dev.applypilot.shared.form}/{@code classify}) replaces this with a real scan that
 * returns the page's fields with their labels.
 */
final class FormScanner {
    private FormScanner() {
    }

    static int fillableFieldCount() {
        return Dom.fillableFieldCount();
    }
}
