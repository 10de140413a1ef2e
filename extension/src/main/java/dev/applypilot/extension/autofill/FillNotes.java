package dev.applypilot.extension.autofill;

import dev.applypilot.shared.classify.Classification;
import dev.applypilot.shared.classify.FillDecision;
import dev.applypilot.shared.classify.Reason;
import dev.applypilot.shared.format.Chars;

/** The hover titles and outline colours of highlighted fields. */
final class FillNotes {
    static final String FILLED_COLOR = "#1f9d55";
    static final String MISSING_COLOR = "#d93025";

    private FillNotes() {
    }

    /** E.g. "ApplyPilot: from profile: phone (ATS rule, 95%)". */
    static String filled(FillDecision d, Classification c) {
        String what = Chars.lower(d.type().name()).replace('_', ' ');
        String source = d.fileSlot() != null ? "document" : "profile";
        return "ApplyPilot: from " + source + ": " + what + " (" + signal(c.reason()) + ", " + Math.round(c.confidence() * 100) + "%)";
    }

    /** E.g. "ApplyPilot: answer bank (87% match)"; {@code percent} is already a whole number. */
    static String answerBank(String percent) {
        return "ApplyPilot: answer bank (" + percent + "% match)";
    }

    /** Title of a required field autofill left empty. */
    static String missing(FillDecision d) {
        return "ApplyPilot: required, not filled: " + d.explanation();
    }

    static String signal(Reason reason) {
        return switch (reason) {
            case AUTOCOMPLETE -> "autocomplete attribute";
            case ATS_RULE -> "ATS rule";
            case LABEL_PATTERN -> "label";
            case NAME_TOKEN -> "field name";
            case PLACEHOLDER -> "placeholder";
            case SAFETY -> "safety";
            case NONE -> "no signal";
        };
    }
}
