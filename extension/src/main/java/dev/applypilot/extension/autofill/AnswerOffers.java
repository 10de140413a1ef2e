package dev.applypilot.extension.autofill;

import dev.applypilot.extension.bindings.ChromeRuntime;
import dev.applypilot.extension.bindings.FieldHandle;
import dev.applypilot.extension.bindings.Message;
import dev.applypilot.extension.messages.MessageTypes;
import dev.applypilot.shared.form.FieldDescriptor;

/**
 * Custom free-text questions the planner left alone: the background is asked for the answer bank's best match of
 * each one's label, and a match is offered next to the field. Nothing is written until the user clicks Use; no
 * match, no offer (an answer is never invented). A used answer goes through the journal, so Undo takes it back.
 */
final class AnswerOffers {
    /** At most this many questions are sent per autofill (each is one server request). */
    static final int MAX_QUESTIONS = 5;
    /** How much of the answer the suggestion shows. */
    static final int PREVIEW_CHARS = 80;

    private final UndoJournal journal;
    private int asked;

    AnswerOffers(UndoJournal journal) {
        this.journal = journal;
    }

    void ask(FieldHandle h, FieldDescriptor f) {
        String question = question(f);
        if (question.isEmpty() || asked >= MAX_QUESTIONS) {
            return;
        }
        asked++;
        int undos = journal.undos;
        ChromeRuntime.send(Message.of(MessageTypes.ANSWER_MATCH).with("question", question), raw -> {
            Message match = (Message) raw;
            String id = match == null ? null : match.text("id");
            String answer = id == null ? null : match.text("answer");
            if (answer == null || answer.isEmpty() || journal.undos != undos || !h.liveText().isEmpty()) {
                return;
            }
            String percent = match.text("score");
            journal.suggested(h);
            h.suggest("Answer bank: " + preview(answer), "Use", () -> use(h, id, answer, percent));
        });
    }

    private void use(FieldHandle h, String id, String answer, String percent) {
        h.unsuggest();
        journal.beforeWrite(h);
        if (!h.setText(answer)) {
            return;
        }
        h.mark(FillNotes.answerBank(percent), FillNotes.FILLED_COLOR, false);
        journal.marked(h);
        ChromeRuntime.send(Message.of(MessageTypes.ANSWER_USED).with("id", id), done -> { });
    }

    /** The question as the user reads it: the label, else the ARIA label, the text before the field, the placeholder. */
    static String question(FieldDescriptor f) {
        String[] candidates = {f.label(), f.ariaLabel(), f.nearbyText(), f.placeholder()};
        for (String text : candidates) {
            if (text != null && !text.trim().isEmpty()) {
                return text.trim();
            }
        }
        return "";
    }

    static String preview(String answer) {
        return answer.length() <= PREVIEW_CHARS ? answer : answer.substring(0, PREVIEW_CHARS).trim() + "…";
    }
}
