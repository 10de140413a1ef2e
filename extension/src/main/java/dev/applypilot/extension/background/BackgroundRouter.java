package dev.applypilot.extension.background;

import dev.applypilot.extension.bindings.ChromeRuntime;
import dev.applypilot.extension.bindings.Message;

/** Answers messages from the popup and content scripts. */
final class BackgroundRouter {
    private BackgroundRouter() {
    }

    static Message answer(Message message) {
        String type = message.getType();
        if ("status".equals(type)) {
            return Message.of("status").with("version", ChromeRuntime.version());
        }
        if ("pageSeen".equals(type)) {
            return Message.of("ack");
        }
        return Message.of("error").with("message", "unknown message type " + type);
    }
}
