package dev.applypilot.extension.messages;

/**
 * The {@code type} of every message between the content script, popup and background. Messages are flat JS
 * objects with string members; structured values (a job) travel as JSON text in one member.
 */
public final class MessageTypes {
    /** Content to background: what the page is ({@code url}, {@code job}?, {@code fields}); reply {@code status}. */
    public static final String PAGE = "page";
    /** Content or popup to background: save {@code job} (JobPosting JSON) seen at {@code url}; reply {@code state}. */
    public static final String SAVE_JOB = "saveJob";
    /** Popup to background: session and sync state. */
    public static final String STATE = "state";
    /** Popup to background: {@code server}, {@code email}, {@code password}; reply {@code ok} or {@code message}. */
    public static final String SIGN_IN = "signIn";
    public static final String SIGN_OUT = "signOut";
    /** Popup to background: is {@code url} a saved job? Reply {@code jobId}, {@code status} (absent = not saved). */
    public static final String LOOKUP = "lookup";
    /** Popup to content: fresh page info ({@code url}, {@code job}?, {@code fields}). */
    public static final String PAGE_INFO = "pageInfo";
    /** Popup to content: fill the application form on the page (handled by {@code content.Autofill}). */
    public static final String AUTOFILL = "autofill";

    /** {@code state} of a save reply. */
    public static final String SENT = "sent";
    public static final String QUEUED = "queued";
    public static final String SIGNED_OUT = "signedOut";
    public static final String FAILED = "failed";

    private MessageTypes() {
    }
}
