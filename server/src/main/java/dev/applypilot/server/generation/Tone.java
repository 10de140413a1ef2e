package dev.applypilot.server.generation;

/** Voice of a cover letter. */
public enum Tone {
    PROFESSIONAL, ENTHUSIASTIC, FORMAL
}
