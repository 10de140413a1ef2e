package dev.applypilot.extension.content;

/** Strings the content script shows on pages (the in-page button), in one place for translation. */
final class ContentText {
    static final String SAVE = "Save job to ApplyPilot";
    static final String SAVING = "Saving…";
    static final String SAVED = "Saved to ApplyPilot ✓";
    static final String SAVED_OFFLINE = "Saved – will sync when online";
    static final String APPLIED = "Applied ✓";
    static final String SIGN_IN_FIRST = "Sign in to ApplyPilot first (toolbar icon)";
    static final String RETRY = "Could not save – try again";

    private ContentText() {
    }
}
