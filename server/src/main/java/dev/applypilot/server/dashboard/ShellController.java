package dev.applypilot.server.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

/** The entry page: what ApplyPilot is and how to install the extension in Chrome and Firefox. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
public class ShellController {
    @Get
    HttpResponse<?> index(HttpRequest<?> request, @Nullable Authentication authentication) {
        return Pages.page("shell", Pages.model(request, authentication, "ApplyPilot: install the extension", "extension"));
    }
}
