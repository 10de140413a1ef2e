package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;

/**
 * The TeaVM build's {@code dev.applypilot.shared.classify.LabelTable} (see {@link SharedSubstitutions}): the rows
 * come from {@code label-table.txt} in the extension package, which {@link ChromeScripting#injectAutofill} hands to
 * the frame just before the engine script, so the engine carries no copy of its own.
 */
public final class JsLabelTable {
    static final String GLOBAL = "__applypilotLabelTable";

    private JsLabelTable() {
    }

    public static String rows() {
        return injectedRows();
    }

    @JSBody(script = "var rows = window." + GLOBAL + ";"
            + " if (typeof rows !== 'string') { throw new Error('ApplyPilot: label table not injected'); } return rows;")
    private static native String injectedRows();
}
