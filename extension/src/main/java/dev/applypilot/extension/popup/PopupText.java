package dev.applypilot.extension.popup;

/** Every string the popup shows, in one place for translation. */
final class PopupText {
    static final String BACKGROUND_UNAVAILABLE = "ApplyPilot is starting; close and reopen this window.";

    private PopupText() {
    }

    static String ready(String version) {
        return "ApplyPilot " + version + " is running.";
    }
}
