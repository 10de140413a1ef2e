package dev.applypilot.server.generation;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;
import java.util.Optional;

/** The parts of RFC 7240 {@code Prefer} the generation API honours: {@code respond-async} and {@code wait=<seconds>}. */
final class PreferHeader {
    private PreferHeader() {
    }

    static boolean respondAsync(@Nullable String header) {
        return preferences(header).anyMatch("respond-async"::equals);
    }

    static Optional<Long> waitSeconds(@Nullable String header) {
        return preferences(header).filter(p -> p.startsWith("wait=")).findFirst().flatMap(p -> {
            try {
                return Optional.of(Math.max(0, Long.parseLong(p.substring("wait=".length()).trim())));
            } catch (NumberFormatException e) {
                return Optional.empty(); // RFC 7240 §2: a preference the server does not understand is ignored
            }
        });
    }

    private static java.util.stream.Stream<String> preferences(@Nullable String header) {
        if (header == null) {
            return java.util.stream.Stream.empty();
        }
        return java.util.Arrays.stream(header.split(",")).map(p -> p.strip().toLowerCase(Locale.ROOT));
    }
}
