package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * {@code chrome.scripting}: the autofill engine ({@code autofill.js}, its own TeaVM compile) is not a manifest
 * content script; the background puts it into a tab's frames when the user asks to fill or opens the popup.
 */
public final class ChromeScripting {
    /** The engine's files, in order (built by the {@code autofill} TeaVM execution in extension/pom.xml). */
    private static final String AUTOFILL_FILES = "['autofill.js', 'autofill-start.js']";
    /** Written by {@code build/LabelTableFile} at build time. */
    private static final String LABEL_TABLE_FILE = "label-table.txt";

    private ChromeScripting() {
    }

    @JSFunctor
    public interface Done extends JSObject {
        void done();
    }

    /**
     * Injects the engine into every frame of the tab that does not run it yet (it keeps its undo journal and its
     * watch on the page, so frames that have it must keep that instance), then calls {@code done}. The label table
     * ({@code label-table.txt}, see {@link JsLabelTable}) goes into those frames first, as data. Frames the
     * extension may not access are skipped; {@code done} is called in any case.
     */
    @JSBody(params = {"tabId", "done"}, script = "chrome.scripting.executeScript({target: {tabId: tabId, allFrames: true},"
            + " func: function () { return !!window." + AutofillEngine.RUNNING_FLAG + "; }}, function (results) {"
            + " var missing = [];"
            + " if (!chrome.runtime.lastError && results) { for (var index = 0; index < results.length; index++) {"
            + "  if (results[index].result !== true) { missing.push(results[index].frameId); } } }"
            + " if (!missing.length) { done(); return; }"
            + " var frames = {tabId: tabId, frameIds: missing};"
            + " var finish = function () { var ignored = chrome.runtime.lastError; done(); };"
            + " fetch(chrome.runtime.getURL('" + LABEL_TABLE_FILE + "')).then(function (response) { return response.text(); })"
            + "  .then(function (rows) {"
            + "   chrome.scripting.executeScript({target: frames, args: [rows],"
            + "    func: function (table) { window." + JsLabelTable.GLOBAL + " = table; }}, function () {"
            + "    if (chrome.runtime.lastError) { finish(); return; }"
            + "    chrome.scripting.executeScript({target: frames, files: " + AUTOFILL_FILES + "}, finish); }); },"
            + "  function (failure) { console.error('ApplyPilot: cannot read the label table', failure); done(); }); });")
    public static native void injectAutofill(int tabId, Done done);
}
