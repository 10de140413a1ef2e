package dev.applypilot.server.resume;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** Current profile value next to the parsed one for every field the resume has something for. */
@Serdeable
public record MergePreview(UUID resumeId, List<Field> fields) {

    /**
     * @param field   the key to use in the merge request, e.g. {@code contact.email}
     * @param differs whether taking the parsed value would change the profile
     * @param choices what the merge request may say for this field
     */
    @Serdeable
    public record Field(String field, @Nullable Object current, @Nullable Object parsed, boolean differs, List<String> choices) {
    }
}
