package dev.applypilot.server.auth;

import dev.applypilot.server.platform.ApiException;
import dev.applypilot.server.platform.ClientAddress;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuthController {
    private final AuthService auth;

    AuthController(AuthService auth) {
        this.auth = auth;
    }

    @Post("/auth/register")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<TokenPair> register(@Body @Valid Credentials credentials, HttpRequest<?> request) {
        return HttpResponse.status(HttpStatus.CREATED).body(auth.register(credentials, ClientAddress.of(request)));
    }

    @Post("/auth/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    TokenPair login(@Body @Valid Credentials credentials, HttpRequest<?> request) {
        return auth.login(credentials, ClientAddress.of(request));
    }

    @Post("/auth/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    TokenPair refresh(@Body @Valid RefreshRequest body, HttpRequest<?> request) {
        return auth.refresh(body.refreshToken(), ClientAddress.of(request));
    }

    @Post("/auth/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Void> logout(@Body @Nullable LogoutRequest body, Authentication authentication, HttpRequest<?> request) {
        Object exp = authentication.getAttributes().get("exp");
        Instant expiresAt = exp instanceof Date date ? date.toInstant() : Instant.now().plusSeconds(3600);
        Object jti = authentication.getAttributes().get("jti");
        auth.logout(body == null ? null : body.refreshToken(), jti == null ? null : jti.toString(), expiresAt,
                UUID.fromString(authentication.getName()), ClientAddress.of(request));
        return HttpResponse.noContent();
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    AccountResponse me(Authentication authentication) {
        return auth.account(UUID.fromString(authentication.getName())).orElseThrow(() -> ApiException.notFound("The account"));
    }
}
