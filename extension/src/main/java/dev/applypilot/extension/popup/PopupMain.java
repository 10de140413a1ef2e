package dev.applypilot.extension.popup;

/** The toolbar popup's entry point. */
public final class PopupMain {
    private PopupMain() {
    }

    public static void main(String[] args) {
        new Popup().start();
    }
}
