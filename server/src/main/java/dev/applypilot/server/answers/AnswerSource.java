package dev.applypilot.server.answers;

/** Who wrote an answer: the user typed it, or it was drafted (by a generator) and saved by the user. */
public enum AnswerSource {
    TYPED, DRAFTED
}
