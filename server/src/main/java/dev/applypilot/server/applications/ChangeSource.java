package dev.applypilot.server.applications;

import dev.applypilot.server.platform.ApiException;

/** Where a change was made; recorded in the timeline. */
public enum ChangeSource {
    EXTENSION, DASHBOARD, API;

    /** Absent means API; anything else unknown is a client bug worth reporting. */
    public static ChangeSource parse(String value) {
        if (value == null || value.isBlank()) {
            return API;
        }
        for (ChangeSource source : values()) {
            if (source.name().equals(value)) {
                return source;
            }
        }
        throw ApiException.invalid("source", "Unknown source \"" + value + "\".", "Use EXTENSION, DASHBOARD or API.");
    }
}
