package dev.applypilot.server.dashboard;

import dev.applypilot.server.auth.AuthService;
import dev.applypilot.server.auth.Credentials;
import dev.applypilot.server.platform.ApiException;
import dev.applypilot.server.platform.ClientAddress;
import dev.applypilot.server.sync.Transactions;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Settings: extension sign-in code, mail preferences, data export and account deletion. */
@FormCsrf
@Controller("/app/settings")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class SettingsController {
    private final OneTimeTokens tokens;
    private final DashboardSettings settings;
    private final AccountData data;
    private final AuthService auth;
    private final Transactions transactions;

    SettingsController(OneTimeTokens tokens, DashboardSettings settings, AccountData data, AuthService auth, Transactions transactions) {
        this.tokens = tokens;
        this.settings = settings;
        this.data = data;
        this.auth = auth;
        this.transactions = transactions;
    }

    @Get
    HttpResponse<?> page(HttpRequest<?> request, @Nullable Authentication authentication) {
        return authentication == null ? Pages.signIn() : Pages.page("settings", model(request, authentication));
    }

    @Post("/extension-code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> extensionCode(@Body Map<String, String> form, HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        String code = tokens.issueCode(Pages.user(authentication), settings.extensionCodeTtl());
        Map<String, Object> model = model(request, authentication);
        model.put("extensionCode", code.substring(0, 5) + "-" + code.substring(5));
        model.put("extensionCodeExpires", Instant.now().plus(settings.extensionCodeTtl()));
        model.put("extensionCodeMinutes", settings.extensionCodeTtl().toMinutes());
        return Pages.page("settings", model).header("Cache-Control", "no-store");
    }

    @Post("/mail")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> mail(@Body Map<String, String> form, @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        boolean weekly = "on".equals(form.get("weeklySummary"));
        boolean reminders = "on".equals(form.get("followUpReminders"));
        transactions.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO mail_preferences (user_id, weekly_summary, follow_up_reminders) "
                    + "VALUES (?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET weekly_summary = excluded.weekly_summary, follow_up_reminders = excluded.follow_up_reminders")) {
                statement.setObject(1, Pages.user(authentication));
                statement.setBoolean(2, weekly);
                statement.setBoolean(3, reminders);
                return statement.executeUpdate();
            }
        });
        return Pages.redirect("/app/settings#mail");
    }

    @Get(value = "/export.zip", produces = "application/zip")
    HttpResponse<?> export(@Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        return HttpResponse.ok(data.exportZip(Pages.user(authentication))).contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"applypilot-export.zip\"").header("Cache-Control", "no-store");
    }

    /** Deleting needs the password again, so a borrowed unlocked laptop is not enough. */
    @Post("/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(@Body Map<String, String> form, HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        String email = String.valueOf(authentication.getAttributes().get("email"));
        try {
            auth.login(new Credentials(email, form.getOrDefault("password", "")), ClientAddress.of(request));
        } catch (ApiException e) {
            Map<String, Object> model = model(request, authentication);
            model.put("errors", Map.of("deletePassword", "The password is wrong, so nothing was deleted."));
            return Pages.invalid("settings", model);
        }
        data.delete(Pages.user(authentication));
        MutableHttpResponse<?> response = (MutableHttpResponse<?>) AccountPagesController.message(request, null, "Account deleted",
                "Your account and all of its data are deleted. Thank you for trying ApplyPilot.");
        SessionCookies.clear(response);
        return response;
    }

    private Map<String, Object> model(HttpRequest<?> request, Authentication authentication) {
        Map<String, Object> model = Pages.model(request, authentication, "Settings", "settings");
        UUID userId = Pages.user(authentication);
        model.put("account", auth.account(userId).orElseThrow());
        boolean[] preferences = transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT weekly_summary, follow_up_reminders FROM mail_preferences WHERE user_id = ?")) {
                statement.setObject(1, userId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? new boolean[]{rows.getBoolean(1), rows.getBoolean(2)} : new boolean[]{false, true};
                }
            }
        });
        model.put("weeklySummary", preferences[0]);
        model.put("followUpReminders", preferences[1]);
        return model;
    }
}
