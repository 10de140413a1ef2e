package dev.applypilot.server.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Double-submit CSRF protection (micronaut-security-csrf 4.15.1 is not published, so this small filter stands in):
 * every browser that opens a page gets a random token in an HttpOnly cookie; pages put the same value in their forms (field "csrf") and
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
    /** Set on form posts: the token the {@code csrf} field must carry, checked by {@link FormCsrfInterceptor}. */
    static final String PENDING = "applypilot.csrf.pending";
    private static final String NEW = "applypilot.csrf.new";
    private static final SecureRandom RANDOM = new SecureRandom();

    @RequestFilter
    CompletableFuture<@Nullable HttpResponse<?>> check(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.startsWith("/static/") || path.startsWith("/webjars/")) {
            return CompletableFuture.completedFuture(null);
        }
        Optional<String> cookie = SessionCookies.read(request, COOKIE);
        cookie.ifPresent(token -> request.setAttribute(ATTRIBUTE, token));
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
        if (type.isPresent() && type.get().matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE) && request.getContentLength() > 0
                && formCsrfRoute(request)) {
            // The field is compared once the controller's body is bound (see FormCsrfInterceptor); never left unchecked:
            // a form post to a route without @FormCsrf is refused below.
            request.setAttribute(PENDING, expected == null ? "" : expected);
            return CompletableFuture.completedFuture(null);
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

    /**
     * The token a page puts in its forms and meta tag; a browser without one gets a new one (and its cookie) here,
     * only when a page needs it: API calls and health probes never read it, so they pay for no random bytes and
     * carry no Set-Cookie (bench-http: ~4% of the server's CPU samples went to minting unused tokens).
     */
    static String token(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElseGet(() -> {
            String fresh = random();
            request.setAttribute(ATTRIBUTE, fresh);
            request.setAttribute(NEW, Boolean.TRUE);
            return fresh;
        });
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

    private static boolean formCsrfRoute(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request).map(route -> route.getRouteInfo().getAnnotationMetadata().hasAnnotation(FormCsrf.class)).orElse(false);
    }

    static boolean matches(@Nullable String expected, @Nullable String given) {
        return expected != null && given != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    static MutableHttpResponse<?> rejected() {
        return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN_TYPE)
                .body("This form has expired or did not come from ApplyPilot. Go back, reload the page and try again.");
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
