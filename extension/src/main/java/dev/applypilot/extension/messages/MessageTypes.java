package dev.applypilot.extension.messages;

/**
 * The {@code type} of every message between the content script, popup and background. Messages are flat JS
 * objects with string members; structured values (a job) travel as JSON text in one member.
 */
public final class MessageTypes {
    /** Content to background: what the page is ({@code url}, {@code job}?, {@code form}: looks like an application form); reply {@code status}. */
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
    /** Popup to content: fresh page info ({@code url}, {@code job}?, {@code form}). */
    public static final String PAGE_INFO = "pageInfo";
    /**
     * Popup to background ({@code tabId}), which injects the autofill engine and asks every frame of the tab: the
     * application form's {@code ats} and {@code fields} (only a frame with one answers; none = no members).
     */
    public static final String FORM_INFO = "formInfo";
    /** Popup to background: the resume versions ({@code list}, the server's JSON). */
    public static final String RESUMES = "resumes";
    /** Popup to background: fill tab {@code tabId} with resume version {@code resumeId} (absent = primary). */
    public static final String FILL_FORM = "fillForm";
    /** Content's answer to an autofill: {@code filled}, {@code abstained}, {@code skipped}; or {@code error}. */
    public static final String AUTOFILL_RESULT = "autofillResult";
    /** Popup to the autofill engine, every frame (frames without it stay silent): put back what autofill changed. */
    public static final String UNDO_AUTOFILL = "undoAutofill";
    /**
     * Autofill engine to background: the best answer-bank match for a custom question's {@code question} (its label);
     * reply {@code id}, {@code answer}, {@code score} (whole percent), or no members when there is none or on failure.
     */
    public static final String ANSWER_MATCH = "answerMatch";
    /** Autofill engine to background: the user put answer {@code id} into a form; the server records its use. */
    public static final String ANSWER_USED = "answerUsed";
    /** Popup to background: set job {@code jobId} to {@code status} (through the outbox); reply {@code state}. */
    public static final String SET_STATUS = "setStatus";
    /** Popup to background: applications marked applied today ({@code count}, absent when unknown). */
    public static final String TODAY = "today";
    /** Popup to background: match of the profile with the job at {@code url}; {@code score}, {@code missing} (absent when unavailable). */
    public static final String MATCH = "match";

    /** {@code state} of a save reply. */
    public static final String SENT = "sent";
    public static final String QUEUED = "queued";
    public static final String SIGNED_OUT = "signedOut";
    public static final String FAILED = "failed";

    private MessageTypes() {
    }
}
