package dev.applypilot.extension.content;

import dev.applypilot.extension.bindings.ChromeRuntime;
import dev.applypilot.extension.bindings.Message;
import dev.applypilot.extension.messages.MessageTypes;

/**
 * Seam for autofill: the popup's "Autofill" button sends {@link MessageTypes#AUTOFILL} to every frame of the
 * tab and this answers. The real implementation (scan with {@link FormScanner}, classify, plan, fill) plugs in
 * here; it may answer asynchronously by returning true and calling {@code reply} later.
 */
final class Autofill {
    private Autofill() {
    }

    /** Returns true when {@code reply} will be called later. */
    static boolean run(Message request, ChromeRuntime.Reply reply) {
        reply.send(Message.of(MessageTypes.AUTOFILL).with("filled", "0")
                .with("fields", Integer.toString(FormScanner.fillableFieldCount()))
                .with("message", ContentText.AUTOFILL_UNAVAILABLE));
        return false;
    }
}
