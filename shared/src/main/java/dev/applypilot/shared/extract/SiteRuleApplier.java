package dev.applypilot.shared.extract;

import dev.applypilot.shared.job.JobField;
import dev.applypilot.shared.job.UrlParts;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Runs the {@link SiteRules} tables that apply to a page. */
final class SiteRuleApplier {

    private SiteRuleApplier() {
    }

    /** Applies every matching rule; returns true when one of them produced a title. */
    static boolean apply(PageView page, JobPostingDraft draft) {
        UrlParts url = UrlParts.parse(page.url());
        boolean titled = false;
        for (SiteRule rule : SiteRules.ALL) {
            if (!matches(rule, url, page)) {
                continue;
            }
            if (rule.vendor() != null) {
                draft.offer(JobField.ATS_VENDOR, rule.vendor(), rule.id());
            }
            for (Map.Entry<JobField, List<Selector>> entry : rule.fields().entrySet()) {
                for (Selector selector : entry.getValue()) {
                    if (offer(draft, entry.getKey(), selector.read(page), rule.id())) {
                        titled |= entry.getKey() == JobField.TITLE;
                        break;
                    }
                }
            }
        }
        return titled;
    }

    private static boolean matches(SiteRule rule, UrlParts url, PageView page) {
        if (url != null) {
            for (String domain : rule.domains()) {
                if (url.hostIs(domain)) {
                    return true;
                }
            }
        }
        for (String marker : rule.markers()) {
            if (page.exists(marker)) {
                return true;
            }
        }
        return false;
    }

    private static boolean offer(JobPostingDraft draft, JobField field, String raw, String source) {
        String value = HtmlText.clean(raw);
        if (value == null) {
            return false;
        }
        switch (field) {
            case COMPANY:
                return draft.offer(field, companyName(value), source);
            case LOCATIONS:
                return draft.offer(field, List.of(value), source);
            case REMOTE_TYPE:
                return draft.offer(field, RemoteTypes.parse(value), source);
            case DESCRIPTION_HTML:
                boolean taken = draft.offer(field, raw.trim(), source);
                draft.offer(JobField.DESCRIPTION_TEXT, HtmlText.toText(raw), source);
                return taken;
            default:
                return draft.offer(field, value, source);
        }
    }

    /** Strips the decorations sites put around a company name: "at Acme" (Greenhouse), "Acme logo" (alt texts). */
    static String companyName(String value) {
        String v = value;
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.startsWith("at ")) {
            v = v.substring(3);
        }
        lower = v.toLowerCase(Locale.ROOT);
        if (lower.endsWith(" logo")) {
            v = v.substring(0, v.length() - 5);
        }
        return HtmlText.clean(v);
    }
}
