package dev.applypilot.server.resume;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A line-based diff of two versions' extracted text.
 *
 * @param unified unified-diff lines (3 lines of context)
 * @param changes each changed block: {@code type} INSERT/DELETE/CHANGE, 1-based line numbers and the lines
 */
@Serdeable
public record ResumeDiff(UUID from, UUID to, int linesAdded, int linesRemoved, List<Change> changes, List<String> unified) {

    @Serdeable
    public record Change(String type, int fromLine, List<String> fromLines, int toLine, List<String> toLines) {
    }

    static ResumeDiff between(UUID from, String fromText, UUID to, String toText) {
        List<String> a = lines(fromText);
        List<String> b = lines(toText);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Change> changes = new ArrayList<>();
        int added = 0;
        int removed = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            changes.add(new Change(delta.getType().name(), delta.getSource().getPosition() + 1, delta.getSource().getLines(),
                    delta.getTarget().getPosition() + 1, delta.getTarget().getLines()));
            added += delta.getTarget().size();
            removed += delta.getSource().size();
        }
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(from.toString(), to.toString(), a, patch, 3);
        return new ResumeDiff(from, to, added, removed, changes, unified);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }
}
