package dev.applypilot.server.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.cookie.Cookie;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Double-submit CSRF protection (micronaut-security-csrf 4.15.1 is not published, so this small filter stands in):
 * every browser gets a random token in an HttpOnly cookie; pages put the same value in their forms (field "csrf") and
 * in a meta tag for scripts (header X-CSRF-Token). A state-changing request that a browser could send with the
 * session cookie must carry the matching value; another site can make the browser send the cookie but cannot read it.
 * Requests with an Authorization header (the API's bearer clients) and the token endpoints under /api/v1/auth are
 * not cookie-authenticated and are left alone.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfFilter {
    static final String COOKIE = "ap_csrf";
    static final String FIELD = "csrf";
    static final String HEADER = "X-CSRF-Token";
    static final String ATTRIBUTE = "applypilot.csrf";
    private static final String NEW = "applypilot.csrf.new";
    private static final SecureRandom RANDOM = new SecureRandom();

    @RequestFilter
    CompletableFuture<@Nullable HttpResponse<?>> check(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.startsWith("/static/") || path.startsWith("/webjars/")) {
            return CompletableFuture.completedFuture(null);
        }
        Optional<String> cookie = SessionCookies.read(request, COOKIE);
        request.setAttribute(ATTRIBUTE, cookie.orElseGet(() -> {
            request.setAttribute(NEW, Boolean.TRUE);
            return random();
        }));
        if (!needsToken(request)) {
            return CompletableFuture.completedFuture(null);
        }
        String expected = cookie.orElse(null);
        String header = request.getHeaders().get(HEADER);
        if (header != null) {
            return CompletableFuture.completedFuture(matches(expected, header) ? null : rejected());
        }
        Optional<MediaType> type = request.getContentType();
        if (type.isPresent() && type.get().matches(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            String query = request.getParameters().get(FIELD);
            return CompletableFuture.completedFuture(matches(expected, query) ? null : rejected());
        }
        if (type.isPresent() && type.get().matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE) && request instanceof ServerHttpRequest<?> server) {
            // Read a copy of the form body; the controller still binds the original.
            return server.byteBody().split().buffer().thenApply(body -> {
                try (CloseableAvailableByteBody copy = body) {
                    return matches(expected, formField(copy.toString(StandardCharsets.UTF_8), FIELD)) ? null : rejected();
                }
            });
        }
        return CompletableFuture.completedFuture(rejected());
    }

    @ResponseFilter
    void issue(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(NEW).isPresent()) {
            String token = request.getAttribute(ATTRIBUTE, String.class).orElseThrow();
            Cookie cookie = SessionCookies.cookie(COOKIE, token, Duration.ofDays(30));
            response.cookie(cookie);
        }
    }

    static String token(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElse("");
    }

    private static boolean needsToken(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS || method == HttpMethod.TRACE) {
            return false;
        }
        if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return false;
        }
        String path = request.getPath();
        if (path.startsWith("/api/v1/auth/")) {
            return false;
        }
        boolean cookieSession = SessionCookies.read(request, SessionCookies.ACCESS).isPresent()
                || SessionCookies.read(request, SessionCookies.REFRESH).isPresent();
        return !path.startsWith("/api/") || cookieSession;
    }

    static @Nullable String formField(String body, String name) {
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static boolean matches(@Nullable String expected, @Nullable String given) {
        return expected != null && given != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<?> rejected() {
        return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN_TYPE)
                .body("This form has expired or did not come from ApplyPilot. Go back, reload the page and try again.");
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
