package dev.applypilot.shared.profile;

/**
 * A typed web link.
 *
 * @param type  what the link is
 * @param url   absolute URL
 * @param label free label for {@link LinkType#OTHER}, else {@code null}
 */
public record Link(LinkType type, String url, String label) {
}
