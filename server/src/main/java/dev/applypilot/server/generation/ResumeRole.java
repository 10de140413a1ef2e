package dev.applypilot.server.generation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One position of a tailored resume: title, employer and dates exactly as in the profile; bullets reordered/rephrased. */
@Serdeable
public record ResumeRole(String title, String company, @Nullable String location, @Nullable String start,
                         @Nullable String end, boolean current, List<String> bullets) {
    public ResumeRole {
        bullets = bullets == null ? List.of() : List.copyOf(bullets);
    }
}
