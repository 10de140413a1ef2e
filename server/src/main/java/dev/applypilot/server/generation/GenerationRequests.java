package dev.applypilot.server.generation;

import dev.applypilot.shared.profile.Profile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * Request bodies. Until the jobs and profile features serve them, the job and the profile travel in the request.
 * {@code requestId} (optional) names the generation for {@code GET /api/v1/generation/progress/{requestId}}.
 */
public final class GenerationRequests {
    private GenerationRequests() {
    }

    @Serdeable
    public record Resume(@Valid @NotNull JobDetails job, @NotNull Profile profile, @Nullable @Size(max = 60_000) String resumeText,
                  @Nullable UUID requestId) {
        Resume withRequestId(UUID id) {
            return new Resume(job, profile, resumeText, id);
        }
    }

    @Serdeable
    public record Letter(@Valid @NotNull JobDetails job, @NotNull Profile profile, @Nullable @Size(max = 60_000) String resumeText,
                  @Nullable Tone tone, @Nullable LetterLength length, @Nullable UUID requestId) {
        Letter withRequestId(UUID id) {
            return new Letter(job, profile, resumeText, tone, length, id);
        }
    }

    @Serdeable
    record Answers(@Valid @NotNull JobDetails job, @NotNull Profile profile, @Nullable @Size(max = 60_000) String resumeText,
                   @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 2_000) String> questions,
                   @Nullable @Size(max = 500) List<@Valid AnswerBankEntry> answerBank, @Nullable UUID requestId) {
        Answers withRequestId(UUID id) {
            return new Answers(job, profile, resumeText, questions, answerBank, id);
        }
    }

    @Serdeable
    public record Interview(@Valid @NotNull JobDetails job, @NotNull Profile profile, @Nullable @Size(max = 60_000) String resumeText,
                     @Nullable UUID requestId) {
        Interview withRequestId(UUID id) {
            return new Interview(job, profile, resumeText, id);
        }
    }

    @Serdeable
    record PracticeAnswer(@NotBlank String questionId, @NotBlank @Size(max = 10_000) String answer) {
    }

    @Serdeable
    record LetterEdit(@NotBlank @Size(max = 20_000) String text) {
    }
}
