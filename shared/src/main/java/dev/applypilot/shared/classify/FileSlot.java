package dev.applypilot.shared.classify;

/** Which of the user's documents a file input receives. */
public enum FileSlot {
    RESUME, COVER_LETTER
}
