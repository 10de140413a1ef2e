package dev.applypilot.shared.classify;

import dev.applypilot.shared.format.Text;
import dev.applypilot.shared.form.FieldDescriptor;
import java.util.List;

/**
 * Last pass: a visible free-text control whose label reads like a question (or a vendor "question"
 * field) is a custom question for the answer bank, never guessed.
 */
public final class CustomQuestionPass {

    private static final List<String> QUESTION_STARTS = List.of(
            "why", "what", "how", "describe", "tell", "please", "do", "are", "have", "will", "would", "is", "can", "which",
            "warum", "was", "wie", "beschreiben", "pourquoi", "quel", "quelle", "comment", "por", "que", "como", "cual", "waarom",
            "wat", "hoe", "perche", "cosa", "come", "porque", "qual", "dlaczego", "co", "jak");

    private CustomQuestionPass() {
    }

    /** Whether the field is a custom free-text question. */
    public static boolean isCustomQuestion(FieldDescriptor f, String labelText) {
        if (!f.isTextEntry()) {
            return false;
        }
        List<String> words = Text.words(labelText);
        if (words.isEmpty()) {
            return Text.identifierWords(f.name() + " " + f.id()).contains("question");
        }
        return isQuestion(labelText, words) || f.tag().equals("textarea") && words.size() >= 3;
    }

    /** A question-like label: has a question mark, or is long and starts like a question or request. */
    static boolean isQuestion(String raw, List<String> words) {
        if (raw.indexOf('?') >= 0 || raw.indexOf('¿') >= 0) {
            return true;
        }
        return words.size() >= 6 && QUESTION_STARTS.contains(words.get(0));
    }
}
