package dev.applypilot.server.resume;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Changes to a version's metadata; absent members stay as they are. {@code primary: true} makes it the primary resume. */
@Serdeable
public record ResumePatch(@Nullable @Size(max = 20) List<@Size(min = 1, max = 40) String> tags,
                          @Nullable @Size(max = 2000) String notes, @Nullable Boolean primary) {
}
