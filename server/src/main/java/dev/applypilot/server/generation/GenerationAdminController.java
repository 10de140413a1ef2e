package dev.applypilot.server.generation;

import dev.applypilot.server.auth.Administrators;
import dev.applypilot.server.auth.AuthService;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Generation usage per user over the last 30 days, for accounts whose email is in {@code applypilot.admin-emails}. */
@Controller("/api/v1/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class GenerationAdminController {
    private final AuthService accounts;
    private final Administrators administrators;
    private final UsageRepository usage;
    private final DailyQuota quota;

    GenerationAdminController(AuthService accounts, Administrators administrators, UsageRepository usage, DailyQuota quota) {
        this.accounts = accounts;
        this.administrators = administrators;
        this.usage = usage;
        this.quota = quota;
    }

    @Get("/generation-usage")
    List<UsageView> usage(Authentication auth) {
        administrators.require(auth);
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
