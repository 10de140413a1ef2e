package dev.applypilot.server.platform;

import io.micronaut.http.HttpRequest;

/**
 * The client's IP for rate limiting. Micronaut resolves forwarding headers only when
 * {@code micronaut.server.client-address-header} is configured (behind a trusted proxy), so clients cannot spoof it.
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(HttpRequest<?> request) {
        return request.getRemoteAddress().getAddress().getHostAddress();
    }
}
