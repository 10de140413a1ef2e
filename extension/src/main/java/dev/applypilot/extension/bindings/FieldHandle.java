package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/**
 * One form control (or a collapsed radio / checkbox group) as read by {@link FormDom#scan()}, with the operations
 * that write it. {@link #getKind()} says how it is written: {@code text} (input / textarea), {@code select},
 * {@code group} (radios / checkboxes), {@code combo} (ARIA combobox: react-select, Workday prompt), {@code file}
 * or {@code drop} (a drop zone without a file input).
 */
public abstract class FieldHandle implements JSObject {
    @JSProperty
    public abstract String getKind();

    @JSProperty
    public abstract String getTag();

    @JSProperty
    public abstract String getType();

    @JSProperty
    public abstract String getName();

    @JSProperty
    public abstract String getId();

    @JSProperty
    public abstract String getAutocomplete();

    @JSProperty
    public abstract String getLabel();

    @JSProperty
    public abstract String getAriaLabel();

    @JSProperty
    public abstract String getDescribedBy();

    @JSProperty
    public abstract String getPlaceholder();

    @JSProperty
    public abstract String getNearby();

    @JSProperty
    public abstract String getHeading();

    @JSProperty
    public abstract boolean isRequired();

    @JSProperty
    public abstract boolean isVisible();

    @JSProperty
    public abstract boolean isEnabled();

    /** The value already there: text, selected option value, checked option value, or a combobox's shown choice. */
    @JSProperty
    public abstract String getValue();

    @JSBody(script = "return this.ov.length;")
    public native int optionCount();

    @JSBody(params = "i", script = "return this.ov[i];")
    public native String optionValue(int i);

    @JSBody(params = "i", script = "return this.ot[i];")
    public native String optionText(int i);

    /** Kept attributes as a flat key, value, key, value ... list. */
    @JSBody(script = "return this.at.length;")
    public native int attributeSlots();

    @JSBody(params = "i", script = "return this.at[i];")
    public native String attributeSlot(int i);

    /** Whether an earlier pass of this session already handled this element. */
    @JSBody(script = "return window.__apDom.seen.has(this.el);")
    public native boolean seen();

    @JSBody(script = "window.__apDom.seen.add(this.el);")
    public native void markSeen();

    // ---- writing

    @JSBody(params = "value", script = "return window.__apDom.setValue(this.el, value);")
    public native boolean setText(String value);

    /** Selects the option with this value in a native select. */
    @JSBody(params = "value", script = "var el = this.el, D = window.__apDom;"
            + "for (var i = 0; i < el.options.length; i++) { if (el.options[i].value === value) {"
            + " return D.setValue(el, value); } } return false;")
    public native boolean selectValue(String value);

    /** Checks the group member whose option value this is (radio or checkbox group). */
    @JSBody(params = "value", script = "var i = this.ov.indexOf(value); if (i < 0) { return false; } var x = this.els[i];"
            + "if (!x.checked) { x.click(); } return x.checked;")
    public native boolean checkOption(String value);

    /** Sets a single checkbox. */
    @JSBody(params = "on", script = "var x = this.el; if (x.checked !== on) { x.click(); } return x.checked === on;")
    public native boolean setChecked(boolean on);

    /** Gives a file input a file through DataTransfer, or drops it on a drop zone; the page sees input/change or drop. */
    @JSBody(params = {"name", "mime", "base64"}, script = "var D = window.__apDom, dt = D.file(name, mime, base64), el = this.el;"
            + "if (this.kind === 'drop') { ['dragenter', 'dragover', 'drop'].forEach(function (t) {"
            + "  el.dispatchEvent(new DragEvent(t, {bubbles: true, cancelable: true, dataTransfer: dt})); }); return true; }"
            + "el.files = dt.files; el.dispatchEvent(new Event('input', {bubbles: true}));"
            + "el.dispatchEvent(new Event('change', {bubbles: true})); return el.files.length === 1;")
    public native boolean attachFile(String name, String mime, String base64);

    /** Opens a combobox and calls back once its option list has rendered (or after 1.5 s without options). */
    @JSBody(params = "done", script = "window.__apDom.open(this, done);")
    public native void openMenu(FieldCallback done);

    /** Types into a combobox's input (search-as-you-type lists) and calls back once options have rendered. */
    @JSBody(params = {"text", "done"}, script = "window.__apDom.type(this, text, done);")
    public native void typeInMenu(String text, FieldCallback done);

    @JSBody(script = "return this.menu ? this.menu.length : 0;")
    public native int menuCount();

    @JSBody(params = "i", script = "return this.menuText[i];")
    public native String menuText(int i);

    /** Clicks option {@code i} of the open menu; true when the widget then shows a value. */
    @JSBody(params = "i", script = "var o = this.menu && this.menu[i]; if (!o) { return false; } window.__apDom.mouse(o); return true;")
    public native boolean pickMenu(int i);

    @JSBody(script = "window.__apDom.close(this);")
    public native void closeMenu();

    // ---- undo and highlight

    /** Saves the current value / checked state / files once, before the first write. */
    @JSBody(script = "window.__apDom.remember(this);")
    public native void remember();

    /** Puts back what {@link #remember()} saved. */
    @JSBody(script = "window.__apDom.restore(this);")
    public native void restore();

    /** Outlines the field (or each group member, or a hidden input's visible stand-in) and sets its hover title. */
    @JSBody(params = {"title", "color", "dashed"}, script = "window.__apDom.mark(this, title, color, dashed);")
    public native void mark(String title, String color, boolean dashed);

    @JSBody(script = "window.__apDom.unmark(this);")
    public native void unmark();

    /** The text the control holds now (a text field the user may have typed into since the scan). */
    @JSBody(script = "return this.el.value;")
    public native String liveText();

    /**
     * Shows {@code text} and a {@code button} just after the field, in a shadow root (page CSS cannot restyle it);
     * {@code clicked} runs on the button. One suggestion per element: a new one replaces the old.
     */
    @JSBody(params = {"text", "button", "clicked"}, script = "window.__apDom.suggest(this, text, button, clicked);")
    public native void suggest(String text, String button, FieldCallback clicked);

    @JSBody(script = "window.__apDom.unsuggest(this);")
    public native void unsuggest();
}
