package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;

/** Client ids for the outbox (the server de-duplicates writes by them). */
public final class Crypto {
    private Crypto() {
    }

    @JSBody(script = "return crypto.randomUUID();")
    public static native String randomUuid();

    @JSBody(script = "return Math.random();")
    public static native double random();
}
