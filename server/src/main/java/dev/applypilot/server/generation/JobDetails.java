package dev.applypilot.server.generation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * The job a document is generated for. The description is untrusted third-party text: it is only ever shown to a
 * model inside delimiters (see {@link UntrustedText}).
 *
 * @param id the saved job this belongs to, or null until the jobs feature passes ids
 */
@Serdeable
public record JobDetails(@Nullable UUID id, @NotBlank @Size(max = 300) String title, @Nullable @Size(max = 300) String company,
                         @NotBlank @Size(max = 60_000) String description) {

    /** The company name, or a neutral stand-in when the posting does not name it. */
    public String companyOr(String fallback) {
        return company == null || company.isBlank() ? fallback : company.strip();
    }
}
