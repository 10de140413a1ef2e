package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Builds the {@code autofill} message the content script's {@code AutofillController} reads (see docs/autofill.md). */
public final class AutofillMessage {
    private AutofillMessage() {
    }

    /** {@code resumeBase64} null = no resume; the profile travels as a JS object, parsed from its JSON text. */
    @JSBody(params = {"profileJson", "resumeName", "resumeMime", "resumeBase64", "overwrite"}, script = "return {type: 'autofill',"
            + " profile: JSON.parse(profileJson), overwrite: overwrite,"
            + " resume: resumeBase64 === null ? null : {name: resumeName, mime: resumeMime, base64: resumeBase64}};")
    public static native Message of(String profileJson, String resumeName, String resumeMime, String resumeBase64, boolean overwrite);
}
