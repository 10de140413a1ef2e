package dev.applypilot.extension.autofill;

import dev.applypilot.extension.bindings.AutofillEngine;

/**
 * The autofill engine's script ({@code autofill.js}): not a manifest content script, the background injects it into
 * every frame of a tab on demand (Autofill, the shortcut, the popup's form line). Injected twice into one frame, the
 * second copy leaves the running engine (its undo journal, its watch on the page) in charge.
 */
public final class AutofillMain {
    private AutofillMain() {
    }

    public static void main(String[] args) {
        if (AutofillEngine.claimFrame()) {
            AutofillController.install();
        }
    }
}
