package dev.applypilot.server.dashboard;

import dev.applypilot.server.auth.AuthService;
import dev.applypilot.server.auth.TokenPair;
import dev.applypilot.server.platform.ApiException;
import dev.applypilot.server.platform.ClientAddress;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Named;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side refresh of the dashboard session: when the access cookie is missing or about to expire and the refresh
 * cookie is present, the refresh token is rotated before security runs, the new access token is handed to
 * {@link SessionTokenReader} for this request, and both cookies are rewritten on the response.
 * Parallel requests with the same old refresh token share one rotation (a second rotation would look like token theft).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SessionRefreshFilter implements Ordered {
    static final String REFRESHED = "applypilot.session.refreshed";
    static final String FAILED = "applypilot.session.failed";
    private static final long EARLY_SECONDS = 60;
    private static final long SHARE_MILLIS = 30_000;

    private record Rotation(TokenPair pair, long at) {
    }

    private static final CompletableFuture<@Nullable HttpResponse<?>> CONTINUE = CompletableFuture.completedFuture(null);

    private final AuthService auth;
    private final ExecutorService blocking;
    private final Map<String, Rotation> recent = new ConcurrentHashMap<>();

    SessionRefreshFilter(AuthService auth, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.auth = auth;
        this.blocking = blocking;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    /** Only a request that needs a rotation leaves the event loop (JDBC); the rest, WebSocket upgrades included, stay on it. */
    @RequestFilter
    CompletableFuture<@Nullable HttpResponse<?>> refresh(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.startsWith("/static/") || path.startsWith("/webjars/") || request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return CONTINUE;
        }
        Optional<String> refreshToken = SessionCookies.read(request, SessionCookies.REFRESH);
        if (refreshToken.isEmpty()) {
            return CONTINUE;
        }
        Optional<String> access = SessionCookies.read(request, SessionCookies.ACCESS);
        if (access.isPresent() && !expiresSoon(access.get())) {
            return CONTINUE;
        }
        return CompletableFuture.supplyAsync(() -> {
            rotate(request, refreshToken.get());
            return null;
        }, blocking);
    }

    private void rotate(HttpRequest<?> request, String refreshToken) {
        long now = System.currentTimeMillis();
        recent.values().removeIf(rotation -> now - rotation.at() > SHARE_MILLIS);
        try {
            Rotation rotation = recent.computeIfAbsent(refreshToken,
                    token -> new Rotation(auth.refresh(token, ClientAddress.of(request)), System.currentTimeMillis()));
            request.setAttribute(REFRESHED, rotation.pair());
        } catch (ApiException e) {
            request.setAttribute(FAILED, Boolean.TRUE);
        }
    }

    @ResponseFilter
    void writeCookies(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(REFRESHED, TokenPair.class).ifPresent(pair -> SessionCookies.write(response, pair));
        if (request.getAttribute(FAILED).isPresent()) {
            SessionCookies.clear(response);
        }
    }

    /** Reads only the expiry to decide whether to refresh; the signature is checked by security as usual. */
    static boolean expiresSoon(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            return true;
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            int at = payload.indexOf("\"exp\":");
            if (at < 0) {
                return true;
            }
            int start = at + 6;
            int end = start;
            while (end < payload.length() && Character.isDigit(payload.charAt(end))) {
                end++;
            }
            return Long.parseLong(payload.substring(start, end)) - EARLY_SECONDS < Instant.now().getEpochSecond();
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
