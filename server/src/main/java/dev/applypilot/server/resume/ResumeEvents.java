package dev.applypilot.server.resume;

import dev.applypilot.server.sync.EventLog;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Appends {@code resume.status} events (resume id, parse status, error code on failure) in the caller's transaction. */
@Singleton
class ResumeEvents {
    static final String KIND = "resume.status";
    private final EventLog events;
    private final JsonMapper json;

    ResumeEvents(EventLog events, JsonMapper json) {
        this.events = events;
        this.json = json;
    }

    void status(UUID owner, UUID resumeId, String status, @Nullable String errorCode) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("resumeId", resumeId.toString());
        payload.put("status", status);
        if (errorCode != null) {
            payload.put("errorCode", errorCode);
        }
        try {
            events.append(owner, KIND, json.writeValueAsString(payload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
