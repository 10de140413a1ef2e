package dev.applypilot.server.generation;

import dev.applypilot.server.platform.ApiException;
import io.micronaut.http.HttpStatus;

/** The model provider did not give a usable answer (down, timed out, refused the key): 503, nothing saved. */
final class ProviderUnavailableException extends ApiException {
    ProviderUnavailableException(String provider, String why) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "provider_unavailable",
                "The AI provider (" + provider + ") did not answer: " + why,
                "Nothing was saved. Try again in a minute, or set applypilot.generation.provider to offline.");
    }
}
