package dev.applypilot.server.applications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Request bodies of the application endpoints. */
final class Requests {
    private Requests() {
    }

    @Serdeable
    record StatusChange(@Nullable @Size(max = 100) String clientId, @NotBlank String status, @Nullable String source) {
    }

    @Serdeable
    record Notes(@NotNull @Size(max = 100_000) String notes) {
    }

    @Serdeable
    record Contact(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 200) String role,
                   @Nullable @Email @Size(max = 320) String email, @Nullable @Size(max = 50) String phone) {
    }

    @Serdeable
    record Interview(@NotNull Instant startsAt, @Nullable @Positive @Max(1440) Integer durationMinutes,
                     @NotBlank @Size(max = 100) String type, @Nullable @Size(max = 200) String interviewer,
                     @Nullable @Size(max = 500) String location) {
    }

    @Serdeable
    record Outcome(@NotBlank @Size(max = 2000) String outcome) {
    }

    @Serdeable
    record Reminder(@NotNull Instant dueAt, @Nullable @Size(max = 2000) String note) {
    }
}
