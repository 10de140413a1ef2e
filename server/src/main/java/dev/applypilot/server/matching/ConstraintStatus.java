package dev.applypilot.server.matching;

/** Outcome of a hard constraint; UNKNOWN never caps the score. */
public enum ConstraintStatus {
    PASS, FAIL, UNKNOWN
}
