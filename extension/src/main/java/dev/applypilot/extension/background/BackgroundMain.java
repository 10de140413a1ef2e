package dev.applypilot.extension.background;

import dev.applypilot.extension.bindings.ChromeRuntime;
import dev.applypilot.extension.bindings.Message;

/**
 * The background context: Chrome's service worker and Firefox's event page run this same script. Listeners are
 * registered synchronously in {@code main}, as MV3 requires for a worker woken by an event.
 */
public final class BackgroundMain {
    private BackgroundMain() {
    }

    public static void main(String[] args) {
        ChromeRuntime.onMessage((raw, sender, reply) -> {
            Message message = (Message) raw;
            reply.send(BackgroundRouter.answer(message));
            return false;
        });
    }
}
