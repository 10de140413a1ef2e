package dev.applypilot.extension.content;

/**
 * Whether a page looks like a job application form, from a count of its controls ({@code FormProbe}): the badge's
 * {@code FORM}. A hint only; the autofill engine's classifier ({@code ApplicationFormDetector}) decides what is filled.
 */
final class ApplicationFormHint {
    private ApplicationFormHint() {
    }

    static boolean likely(int textFields, int contactFields, boolean fileInput, boolean password) {
        if (textFields < 2) {
            return false; // a search box, a newsletter sign-up
        }
        if (fileInput) {
            return true; // a resume upload beside a few fields
        }
        return !password && textFields >= 3 && contactFields >= 1; // a password makes it a login or account form
    }
}
