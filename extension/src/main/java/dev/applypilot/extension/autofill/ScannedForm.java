package dev.applypilot.extension.autofill;

import dev.applypilot.extension.bindings.FieldHandle;
import dev.applypilot.shared.form.FormDescriptor;
import java.util.List;

/**
 * What one scan of the frame found: the descriptor the shared engine classifies, and per field the page handle
 * that writes it (same order).
 */
record ScannedForm(FormDescriptor form, List<FieldHandle> handles) {
}
