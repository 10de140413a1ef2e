package dev.applypilot.server.generation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One change a tailored resume makes to the profile, and why.
 *
 * @param section "summary", "skills" or "experience: Title at Company"
 * @param kind    added, reordered, rephrased or not_added (a job skill the profile lacks, deliberately left out)
 */
@Serdeable
public record ResumeChange(String section, String kind, @Nullable String before, @Nullable String after, String reason) {
}
