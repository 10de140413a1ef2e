package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/**
 * A cheap count of the document's rendered form controls, for the badge. The full reading of a form (labels, shadow
 * roots, comboboxes, visibility rules) belongs to the autofill engine, which is injected only on demand.
 */
public abstract class FormProbe implements JSObject {
    /** Rendered text-entry controls: text, email, tel, url and number inputs, textareas. */
    @JSProperty
    public abstract int getTextFields();

    /** Rendered text-entry controls that ask for an email address or phone number (by type or autocomplete). */
    @JSProperty
    public abstract int getContactFields();

    @JSProperty
    public abstract boolean isFileInput();

    @JSProperty
    public abstract boolean isPassword();

    @JSBody(script = "var out = {textFields: 0, contactFields: 0, fileInput: false, password: false};"
            + " var all = document.querySelectorAll('input,textarea');"
            + " for (var index = 0; index < all.length; index++) { var ctl = all[index];"
            + "  var type = ctl.tagName === 'TEXTAREA' ? 'textarea' : (ctl.getAttribute('type') || 'text').toLowerCase();"
            + "  if (type === 'file') { out.fileInput = true; continue; }"
            + "  if (type === 'password') { out.password = true; continue; }"
            + "  if (!/^(text|email|tel|url|number|textarea)$/.test(type) || !ctl.getClientRects().length) { continue; }"
            + "  out.textFields++;"
            + "  if (type === 'email' || type === 'tel' || /email|tel/.test(ctl.getAttribute('autocomplete') || '')) { out.contactFields++; } }"
            + " return out;")
    public static native FormProbe document();
}
