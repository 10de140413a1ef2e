package dev.applypilot.extension.bindings;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** A plain JS callback (timers, mutation batches, option lists that finished rendering). */
@JSFunctor
public interface FieldCallback extends JSObject {
    void run();
}
