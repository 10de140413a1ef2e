package dev.applypilot.server.generation;

/** Length of a cover letter: how many highlights and paragraphs it carries. */
public enum LetterLength {
    SHORT(2), MEDIUM(3), LONG(4);

    final int highlights;

    LetterLength(int highlights) {
        this.highlights = highlights;
    }

    /** Words a model is asked to stay under. */
    int maxWords() {
        return switch (this) {
            case SHORT -> 180;
            case MEDIUM -> 300;
            case LONG -> 450;
        };
    }
}
