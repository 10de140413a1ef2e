package dev.applypilot.server.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The model every page starts from (title, navigation, CSRF token, who is signed in) and the usual responses. */
final class Pages {
    private Pages() {
    }

    static Map<String, Object> model(HttpRequest<?> request, @Nullable Authentication authentication, String title, String nav) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("nav", nav);
        model.put("csrf", CsrfFilter.token(request));
        model.put("signedIn", authentication != null);
        model.put("email", authentication == null ? null : authentication.getAttributes().get("email"));
        model.put("errors", Map.of());
        model.put("values", Map.of());
        return model;
    }

    static MutableHttpResponse<?> page(String view, Map<String, Object> model) {
        return HttpResponse.ok(new ModelAndView<>(view, model));
    }

    static MutableHttpResponse<?> invalid(String view, Map<String, Object> model) {
        return HttpResponse.unprocessableEntity().body(new ModelAndView<>(view, model));
    }

    static MutableHttpResponse<?> redirect(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }

    static MutableHttpResponse<?> signIn() {
        return redirect("/signin");
    }

    static UUID user(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }

    static String field(Map<String, String> form, String name) {
        String value = form == null ? null : form.get(name);
        return value == null ? "" : value.trim();
    }
}
