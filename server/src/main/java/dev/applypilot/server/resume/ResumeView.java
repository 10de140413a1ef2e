package dev.applypilot.server.resume;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.applypilot.server.resume.parse.ParsedResume;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One resume version as the API shows it.
 *
 * @param contentType           sniffed from the bytes, never the client's claim
 * @param uploadToParsedMillis  time from upload to the end of parsing (PARSED or FAILED), or {@code null} while pending
 * @param parsed                the parse result; only on the single-resume read and only when PARSED
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResumeView(UUID id, String fileName, String contentType, String fileType, long sizeBytes, String sha256,
                         Instant createdAt, boolean primary, List<String> tags, @Nullable String notes, ResumeStatus status,
                         @Nullable ParseError error, @Nullable Instant parsedAt, @Nullable Long uploadToParsedMillis,
                         @Nullable ParsedResume parsed) {
}
