package dev.applypilot.server.matching;

/** A word token: its text as written, its normalised form (lower case, plural "s" dropped) and its position. */
record Token(String raw, String norm, int start, int end) {
}
