package dev.applypilot.server.resume;

import java.util.Locale;

/** What to do with one field when merging a parse into the profile; the wire form is lower case ({@code "take"}). */
public enum MergeChoice {
    /** Leave the profile's value. */
    KEEP,
    /** Replace the profile's value with the parsed one. */
    TAKE,
    /** Lists: add parsed entries the profile does not have yet, after the existing ones. */
    APPEND,
    /** Skills: the union of both, compared case-insensitively. */
    UNION;

    static MergeChoice parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
