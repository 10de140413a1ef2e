package dev.applypilot.extension.popup;

import dev.applypilot.extension.bindings.ChromeRuntime;
import dev.applypilot.extension.bindings.Dom;
import dev.applypilot.extension.bindings.Message;

/** The toolbar popup: asks the background for its state and shows it. */
public final class PopupMain {
    private PopupMain() {
    }

    public static void main(String[] args) {
        ChromeRuntime.send(Message.of("status"), reply -> {
            Message status = (Message) reply;
            Dom.setText("status", status == null
                    ? PopupText.BACKGROUND_UNAVAILABLE
                    : PopupText.ready(status.text("version")));
        });
    }
}
