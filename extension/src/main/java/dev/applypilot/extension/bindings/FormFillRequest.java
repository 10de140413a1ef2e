package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The {@code autofill} message: {@code {type, profile, resume: {name, mime, base64} | null, overwrite}}. The profile
 * arrives as a JS object and is handed to Java as JSON text, so the shared {@code ProfileJson} reads it.
 */
public abstract class FormFillRequest implements JSObject {
    @JSBody(script = "return JSON.stringify(this.profile || {});")
    public native String profileJson();

    @JSBody(script = "return !!this.overwrite;")
    public native boolean overwrite();

    @JSBody(script = "return !!(this.resume && this.resume.base64);")
    public native boolean hasResume();

    @JSBody(script = "return String(this.resume.name || 'resume.pdf');")
    public native String resumeName();

    @JSBody(script = "return String(this.resume.mime || 'application/pdf');")
    public native String resumeMime();

    @JSBody(script = "return String(this.resume.base64);")
    public native String resumeBase64();

    @JSBody(params = "raw", script = "return raw;")
    public static native FormFillRequest of(JSObject raw);
}
