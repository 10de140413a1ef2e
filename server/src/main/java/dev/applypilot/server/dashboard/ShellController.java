package dev.applypilot.server.dashboard;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.MediaType;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;

import java.util.Map;

/** The dashboard's entry page: what ApplyPilot is, where to sign in, and how to get the extension. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class ShellController {
    @Get
    @View("shell")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> index() {
        return Map.of("title", "ApplyPilot");
    }
}
