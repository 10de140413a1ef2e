package dev.applypilot.shared.profile;

/**
 * A certification or licence.
 *
 * @param name    certification name
 * @param issuer  issuing body, or {@code null}
 * @param issued  issue date as {@code YYYY-MM}, or {@code null}
 * @param expires expiry as {@code YYYY-MM}, or {@code null}
 */
public record Certification(String name, String issuer, String issued, String expires) {
}
