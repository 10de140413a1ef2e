package dev.applypilot.server.dashboard;

import dev.applypilot.server.auth.AuthService;
import dev.applypilot.server.auth.Credentials;
import dev.applypilot.server.auth.TokenPair;
import dev.applypilot.server.platform.ApiException;
import dev.applypilot.server.platform.ClientAddress;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sign up, sign in, sign out, email confirmation and password reset pages. */
@FormCsrf
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class AccountPagesController {
    private static final int MIN_PASSWORD = 10;
    private final AuthService auth;
    private final AccountMails mails;
    private final OneTimeTokens tokens;

    AccountPagesController(AuthService auth, AccountMails mails, OneTimeTokens tokens) {
        this.auth = auth;
        this.mails = mails;
        this.tokens = tokens;
    }

    @Get("/signup")
    HttpResponse<?> signUpPage(HttpRequest<?> request, @Nullable Authentication authentication) {
        return authentication != null ? Pages.redirect("/app") : Pages.page("signup", Pages.model(request, null, "Create your account", "signup"));
    }

    @Post("/signup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signUp(@Body Map<String, String> form, HttpRequest<?> request) {
        String email = Pages.field(form, "email");
        String password = form.getOrDefault("password", "");
        Map<String, String> errors = new LinkedHashMap<>();
        checkEmail(email, errors);
        if (password.length() < MIN_PASSWORD || password.length() > 200) {
            errors.put("password", "Use 10 to 200 characters; a few unrelated words make a strong, memorable password.");
        }
        if (errors.isEmpty()) {
            try {
                TokenPair pair = auth.register(new Credentials(email, password), ClientAddress.of(request));
                mails.sendVerification(pair.account().id(), pair.account().email());
                return signedIn(pair, "/app");
            } catch (ApiException e) {
                errors.put("email_taken".equals(e.toError().error()) ? "email" : "form", e.getMessage() + " " + e.toError().guidance());
            }
        }
        return formErrors("signup", "Create your account", request, email, errors);
    }

    @Get("/signin")
    HttpResponse<?> signInPage(HttpRequest<?> request, @Nullable Authentication authentication) {
        return authentication != null ? Pages.redirect("/app") : Pages.page("signin", Pages.model(request, null, "Sign in", "signin"));
    }

    @Post("/signin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(@Body Map<String, String> form, HttpRequest<?> request) {
        String email = Pages.field(form, "email");
        String password = form.getOrDefault("password", "");
        Map<String, String> errors = new LinkedHashMap<>();
        checkEmail(email, errors);
        if (password.isEmpty()) {
            errors.put("password", "Enter your password.");
        }
        if (errors.isEmpty()) {
            try {
                return signedIn(auth.login(new Credentials(email, password), ClientAddress.of(request)), "/app");
            } catch (ApiException e) {
                errors.put("password", e.getMessage() + " " + e.toError().guidance());
            }
        }
        return formErrors("signin", "Sign in", request, email, errors);
    }

    @Post("/signout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signOut(@Body Map<String, String> form, HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication != null) {
            Object exp = authentication.getAttributes().get("exp");
            Object jti = authentication.getAttributes().get("jti");
            auth.logout(SessionCookies.read(request, SessionCookies.REFRESH).orElse(null), jti == null ? null : jti.toString(),
                    exp instanceof Date date ? date.toInstant() : Instant.now().plusSeconds(900), Pages.user(authentication), ClientAddress.of(request));
        }
        MutableHttpResponse<?> response = Pages.redirect("/signin");
        SessionCookies.clear(response);
        return response;
    }

    @Get("/verify-email")
    HttpResponse<?> verify(@Nullable @QueryValue String token, HttpRequest<?> request, @Nullable Authentication authentication) {
        var userId = tokens.consume(token, OneTimeTokens.Purpose.VERIFY_EMAIL);
        userId.ifPresent(mails::markVerified);
        return message(request, authentication, userId.isPresent() ? "Email confirmed" : "This link does not work",
                userId.isPresent() ? "Thank you: your email address is confirmed." : "The link was already used or has expired. Sign in and ask for a new one in Settings.");
    }

    @Post("/settings/resend-verification")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resend(@Body Map<String, String> form, HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        mails.sendVerification(Pages.user(authentication), String.valueOf(authentication.getAttributes().get("email")));
        return message(request, authentication, "Confirmation sent", "We sent a new confirmation link to your address.");
    }

    @Get("/forgot-password")
    HttpResponse<?> forgotPage(HttpRequest<?> request) {
        return Pages.page("forgot", Pages.model(request, null, "Reset your password", "signin"));
    }

    @Post("/forgot-password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> forgot(@Body Map<String, String> form, HttpRequest<?> request) {
        String email = Pages.field(form, "email");
        Map<String, String> errors = new LinkedHashMap<>();
        checkEmail(email, errors);
        if (!errors.isEmpty()) {
            return formErrors("forgot", "Reset your password", request, email, errors);
        }
        mails.sendPasswordReset(email);
        return message(request, null, "Check your mail", "If an account uses " + email + ", a reset link is on its way. It works once, for 30 minutes.");
    }

    @Get("/reset-password")
    HttpResponse<?> resetPage(@Nullable @QueryValue String token, HttpRequest<?> request) {
        Map<String, Object> model = Pages.model(request, null, "Choose a new password", "signin");
        model.put("token", token == null ? "" : token);
        return Pages.page("reset", model);
    }

    @Post("/reset-password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reset(@Body Map<String, String> form, HttpRequest<?> request) {
        String password = form.getOrDefault("password", "");
        Map<String, Object> model = Pages.model(request, null, "Choose a new password", "signin");
        model.put("token", Pages.field(form, "token"));
        if (password.length() < MIN_PASSWORD || password.length() > 200) {
            model.put("errors", Map.of("password", "Use 10 to 200 characters."));
            return Pages.invalid("reset", model);
        }
        var userId = tokens.consume(Pages.field(form, "token"), OneTimeTokens.Purpose.RESET_PASSWORD);
        if (userId.isEmpty()) {
            model.put("errors", Map.of("password", "This reset link was already used or has expired. Ask for a new one."));
            return Pages.invalid("reset", model);
        }
        auth.resetPassword(userId.get(), password, ClientAddress.of(request));
        return message(request, null, "Password changed", "Your password is changed and every device was signed out. Sign in with the new password.");
    }

    static MutableHttpResponse<?> signedIn(TokenPair pair, String to) {
        MutableHttpResponse<?> response = Pages.redirect(to);
        SessionCookies.write(response, pair);
        return response;
    }

    static HttpResponse<?> message(HttpRequest<?> request, @Nullable Authentication authentication, String title, String text) {
        Map<String, Object> model = Pages.model(request, authentication, title, "");
        model.put("message", text);
        return Pages.page("message", model);
    }

    private static HttpResponse<?> formErrors(String view, String title, HttpRequest<?> request, String email, Map<String, String> errors) {
        Map<String, Object> model = Pages.model(request, null, title, view);
        model.put("errors", errors);
        model.put("values", Map.of("email", email));
        return Pages.invalid(view, model);
    }

    private static void checkEmail(String email, Map<String, String> errors) {
        int at = email.indexOf('@');
        if (email.isEmpty()) {
            errors.put("email", "Enter your email address.");
        } else if (at < 1 || email.indexOf('.', at) < 0 || email.length() > 254 || email.contains(" ")) {
            errors.put("email", "This does not look like an email address, e.g. name@example.com.");
        }
    }

}
