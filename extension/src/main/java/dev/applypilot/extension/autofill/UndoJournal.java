package dev.applypilot.extension.autofill;

import dev.applypilot.extension.bindings.FieldHandle;
import java.util.ArrayList;
import java.util.List;

/** Every field autofill wrote or marked since the last undo, so one call can put the page back. */
final class UndoJournal {
    private final List<FieldHandle> written = new ArrayList<>();
    private final List<FieldHandle> marked = new ArrayList<>();
    private final List<FieldHandle> suggested = new ArrayList<>();
    /** Counts undos, so an answer that arrives after one is not offered. */
    int undos;

    /** Call before the first write of a field. */
    void beforeWrite(FieldHandle h) {
        h.remember();
        written.add(h);
    }

    void marked(FieldHandle h) {
        marked.add(h);
    }

    void suggested(FieldHandle h) {
        suggested.add(h);
    }

    /** Restores values (last written first), removes every highlight and suggestion; returns how many fields were restored. */
    int undo() {
        int restored = written.size();
        for (int i = written.size() - 1; i >= 0; i--) {
            written.get(i).restore();
        }
        for (FieldHandle h : marked) {
            h.unmark();
        }
        for (FieldHandle h : suggested) {
            h.unsuggest();
        }
        written.clear();
        marked.clear();
        suggested.clear();
        undos++;
        return restored;
    }
}
