package dev.applypilot.server.applications;

import dev.applypilot.server.platform.ApiException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of the saved-jobs list ended: the sort keys of its last row. The next page starts strictly after
 * them, so rows saved or changed meanwhile neither repeat nor push others off a page, and a deep page costs the
 * same as the first. Opaque to clients (base64url of the sort, the time, the id and, for the company sort, the
 * lower-cased company, which is absent for jobs without one).
 */
record ListCursor(String sort, Instant at, UUID id, String company) {

    String encode() {
        String text = sort + "\n" + at + "\n" + id + (company == null ? "" : "\n" + company);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of a previous page for the same sort; anything else answers 400 on "cursor". */
    static ListCursor decode(String cursor, String sort) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 4);
            if (parts.length >= 3 && parts[0].equals(sort) && (parts.length == 3 || "company".equals(sort))) {
                return new ListCursor(sort, Instant.parse(parts[1]), UUID.fromString(parts[2]), parts.length == 4 ? parts[3] : null);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // reported below
        }
        throw ApiException.invalid("cursor", "The cursor is not valid.", "Pass nextCursor from the previous page unchanged, with the same sort.");
    }
}
