package dev.applypilot.server.profile;

import dev.applypilot.server.platform.ApiException;
import io.micronaut.http.HttpStatus;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** ETags for profile versions: the quoted microsecond timestamp of {@code updated_at} (PostgreSQL's precision). */
public final class ProfileVersions {
    private ProfileVersions() {
    }

    public static String etag(Instant updatedAt) {
        return "\"" + ChronoUnit.MICROS.between(Instant.EPOCH, updatedAt) + "\"";
    }

    /** The version named by an {@code If-Match} header, or {@code null} when there is none (or it is {@code *}). */
    public static Instant fromIfMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Instant.EPOCH.plus(Long.parseLong(value), ChronoUnit.MICROS);
        } catch (NumberFormatException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "malformed_request", "If-Match is not a profile ETag.",
                    "Send back the ETag header of your last GET /api/v1/profile.");
        }
    }

    public static ApiException stale() {
        return new ApiException(HttpStatus.CONFLICT, "stale_profile", "The profile was changed since you read it; nothing was saved.",
                "Reload the profile (GET /api/v1/profile), apply your change again and send it with the new ETag.");
    }
}
