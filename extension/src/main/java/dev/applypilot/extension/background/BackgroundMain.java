package dev.applypilot.extension.background;

import dev.applypilot.extension.bindings.ChromeAlarms;
import dev.applypilot.extension.bindings.ChromeCommands;
import dev.applypilot.extension.bindings.ChromeRuntime;
import dev.applypilot.extension.bindings.Message;

/**
 * The background context: Chrome's service worker and Firefox's event page run this same script. Listeners are
 * registered synchronously in {@code main}, as MV3 requires for a worker woken by an event; then the state is
 * read back from storage and the sync socket reconnects.
 */
public final class BackgroundMain {
    /** Wakes a stopped worker now and then so queued writes go out even when no page talks to it. */
    private static final String WAKE_ALARM = "wake";

    private BackgroundMain() {
    }

    public static void main(String[] args) {
        Background background = new Background();
        ChromeRuntime.onMessage((raw, sender, reply) -> background.message((Message) raw,
                ChromeRuntime.senderTabId(sender), ChromeRuntime.senderFrameId(sender), reply));
        ChromeAlarms.onAlarm(background::alarm);
        ChromeCommands.onCommand(background::command);
        ChromeAlarms.every(WAKE_ALARM, 1);
        background.start();
    }
}
