package dev.applypilot.extension.content;

import dev.applypilot.extension.bindings.ChromeRuntime;
import dev.applypilot.extension.bindings.Dom;
import dev.applypilot.extension.bindings.Message;
import dev.applypilot.extension.messages.MessageTypes;

/**
 * The always-on content script, in the top frame of every matching page: looks for a job posting, offers to save
 * it and tells the badge whether the page looks like an application form. Autofill is a separate script
 * ({@code autofill.js}) that the background injects into every frame (ATS forms often live in iframes) only when it
 * is needed.
 */
public final class ContentMain {
    private ContentMain() {
    }

    public static void main(String[] args) {
        JobPage page = new JobPage();
        ChromeRuntime.onMessage((raw, sender, reply) -> {
            if (MessageTypes.PAGE_INFO.equals(((Message) raw).getType())) {
                reply.send(page.info());
            }
            return false;
        });
        page.scan();
        Dom.onChange(page::pageChanged, 700);
    }
}
