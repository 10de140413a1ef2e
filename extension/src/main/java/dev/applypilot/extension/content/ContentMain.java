package dev.applypilot.extension.content;

import dev.applypilot.extension.bindings.ChromeRuntime;
import dev.applypilot.extension.bindings.Dom;
import dev.applypilot.extension.bindings.Message;

/** The content script: runs in every matching page (and frame) and reports what it sees to the background. */
public final class ContentMain {
    private ContentMain() {
    }

    public static void main(String[] args) {
        dev.applypilot.extension.autofill.AutofillController.install();
        Message seen = Message.of("pageSeen").with("url", Dom.pageUrl()).with("forms", Integer.toString(Dom.formCount()));
        ChromeRuntime.send(seen, reply -> { });
    }
}
