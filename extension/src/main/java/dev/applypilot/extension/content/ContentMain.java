package dev.applypilot.extension.content;

import dev.applypilot.extension.bindings.ChromeRuntime;
import dev.applypilot.extension.bindings.Dom;
import dev.applypilot.extension.bindings.Message;
import dev.applypilot.extension.messages.MessageTypes;

/**
 * The content script: runs in every matching page and frame. The top frame looks for a job posting and offers
 * to save it; every frame answers autofill requests (forms often live in ATS iframes).
 */
public final class ContentMain {
    private ContentMain() {
    }

    public static void main(String[] args) {
        // Autofill has its own listener in every frame: forms often live in ATS iframes.
        dev.applypilot.extension.autofill.AutofillController.install();
        boolean top = Dom.isTopFrame();
        JobPage page = new JobPage();
        ChromeRuntime.onMessage((raw, sender, reply) -> {
            Message message = (Message) raw;
            String type = message.getType();
            if (MessageTypes.PAGE_INFO.equals(type) && top) {
                reply.send(page.info());
                return false;
            }
            return false;
        });
        if (top) {
            page.scan();
            Dom.onChange(page::pageChanged, 700);
        }
    }
}
