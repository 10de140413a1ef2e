package dev.applypilot.server.profile;

import dev.applypilot.server.platform.ApiException;
import dev.applypilot.shared.profile.Profile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Reads and writes a user's profile. Every write is validated and is a compare-and-set on the version, so two
 * clients editing at once never silently overwrite each other: the one holding a stale version gets 409.
 */
@Singleton
public class ProfileService {
    private static final int ATTEMPTS_WITHOUT_VERSION = 3;
    private final ProfileStore store;
    private final JsonMapper json;
    private final ProfileValidator validator = new ProfileValidator(Clock.systemUTC());

    ProfileService(ProfileStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    /** The stored profile with its version, or an empty one (version {@code null}) before the first write. */
    public ProfileDocument get(UUID userId) {
        return store.find(userId).map(stored -> read(stored.json()).withUpdatedAt(stored.updatedAt())).orElse(ProfileDocument.empty());
    }

    /** The facts autofill and matching use (EEO only with opt-in). */
    public Profile profile(UUID userId) {
        return get(userId).toProfile();
    }

    public ProfileDocument replace(UUID userId, ProfileDocument document, @Nullable Instant expected) {
        return update(userId, expected, current -> document);
    }

    /** Applies an RFC 7386 merge patch: only the members present change. */
    public ProfileDocument patch(UUID userId, JsonNode patch, @Nullable Instant expected) {
        return update(userId, expected, current -> {
            try {
                JsonNode merged = JsonMergePatch.apply(json.writeValueToTree(current.withUpdatedAt(null)), patch);
                return json.readValueFromTree(merged, ProfileDocument.class);
            } catch (IOException | RuntimeException e) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "malformed_request", "The patch does not fit the profile's shape.",
                        "Send a JSON object with the members to change, shaped like GET /api/v1/profile.");
            }
        });
    }

    /**
     * Applies {@code change} to the current profile and stores the validated result.
     *
     * @param expected the version the client edited; {@code null} means "whatever is current" (retried on a race)
     */
    @Transactional
    public ProfileDocument update(UUID userId, @Nullable Instant expected, UnaryOperator<ProfileDocument> change) {
        for (int attempt = 0; attempt < ATTEMPTS_WITHOUT_VERSION; attempt++) {
            Optional<ProfileStore.Stored> stored = store.find(userId);
            Instant version = stored.map(ProfileStore.Stored::updatedAt).orElse(null);
            if (expected != null && !expected.equals(version)) {
                throw ProfileVersions.stale();
            }
            ProfileDocument current = stored.map(s -> read(s.json())).orElse(null);
            ProfileDocument base = (current == null ? ProfileDocument.empty() : current).withUpdatedAt(version);
            ProfileDocument next = validator.validate(change.apply(base), current).withUpdatedAt(null);
            String document = write(next);
            Optional<Instant> written = version == null ? store.insert(userId, document) : store.update(userId, document, version);
            if (written.isPresent()) {
                return next.withUpdatedAt(written.get());
            }
            if (expected != null) {
                throw ProfileVersions.stale();
            }
        }
        throw ProfileVersions.stale();
    }

    private ProfileDocument read(String document) {
        try {
            return json.readValue(document, ProfileDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(ProfileDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
