package dev.applypilot.server.generation;

import dev.applypilot.server.auth.AuthService;
import dev.applypilot.server.platform.ApiException;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** Generation usage per user over the last 30 days, for accounts whose email is in {@code applypilot.admin-emails}. */
@Controller("/api/v1/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class GenerationAdminController {
    private final AuthService accounts;
    private final UsageRepository usage;
    private final DailyQuota quota;
    private final Set<String> adminEmails;

    GenerationAdminController(AuthService accounts, UsageRepository usage, DailyQuota quota,
                              @Value("${applypilot.admin-emails:}") String adminEmails) {
        this.accounts = accounts;
        this.usage = usage;
        this.quota = quota;
        this.adminEmails = java.util.Arrays.stream(adminEmails.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(AuthService::normaliseEmail).collect(Collectors.toUnmodifiableSet());
    }

    @Get("/generation-usage")
    List<UsageView> usage(Authentication auth) {
        String email = accounts.account(UUID.fromString(auth.getName())).map(a -> a.email().toLowerCase(Locale.ROOT)).orElse("");
        if (!adminEmails.contains(email)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "This view is for administrators.",
                    "Ask an administrator to add your email to applypilot.admin-emails.");
        }
        Map<UUID, Map<String, Long>> byUser = new TreeMap<>();
        for (UsageRow row : usage.findByDayGreaterThanEquals(LocalDate.now(ZoneOffset.UTC).minusDays(29))) {
            byUser.computeIfAbsent(row.userId(), k -> new TreeMap<>()).merge(row.provider(), (long) row.count(), Long::sum);
        }
        List<UsageView> views = new ArrayList<>();
        byUser.forEach((userId, providers) -> {
            String plan = quota.plan(userId);
            views.add(new UsageView(userId, accounts.account(userId).map(a -> a.email()).orElse(""), plan, quota.limit(plan),
                    quota.usedToday(userId), providers.values().stream().mapToLong(Long::longValue).sum(), providers));
        });
        views.sort(Comparator.comparingLong(UsageView::last30Days).reversed());
        return views;
    }
}
