package dev.applypilot.server.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The user's explicit opt-in to storing voluntary EEO self-identification. The shared {@code Eeo} record has no
 * consent flag, so it lives beside it: EEO answers are accepted and used only while {@code optIn} is true.
 */
@Serdeable
public record EeoConsent(@Nullable Boolean optIn) {
    public boolean given() {
        return Boolean.TRUE.equals(optIn);
    }
}
