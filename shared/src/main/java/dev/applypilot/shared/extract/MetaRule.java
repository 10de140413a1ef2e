package dev.applypilot.shared.extract;

import dev.applypilot.shared.job.JobField;
import dev.applypilot.shared.job.NormalizedText;
import java.util.List;

/**
 * OpenGraph, Twitter and document titles: og:title / twitter:title / {@code <title>} parsed by
 * {@link TitleParser}, og:site_name as the company when it is not a job board or the title itself, and
 * og:description / description as a last-resort description.
 */
final class MetaRule {

    private MetaRule() {
    }

    static void apply(PageView page, JobPostingDraft draft) {
        String siteName = HtmlText.clean(page.meta("og:site_name").orElse(null));
        String anchor = draft.has(JobField.TITLE) ? draft.string(JobField.TITLE) : page.text("h1").orElse(null);
        String[][] candidates = {
            {"meta:og:title", page.meta("og:title").orElse(null)},
            {"meta:twitter:title", page.meta("twitter:title").orElse(null)},
            {"meta:title", page.documentTitle().orElse(null)}
        };
        for (String[] candidate : candidates) {
            if (candidate[1] == null) {
                continue;
            }
            TitleParts parts = TitleParser.parse(candidate[1], anchor, siteName);
            String title = parts.title();
            if (title != null && title.length() <= 200 && !TitleParser.isBoardName(title)) {
                draft.offer(JobField.TITLE, title, candidate[0]);
            }
            if (parts.company() != null && parts.company().length() <= 100) {
                draft.offer(JobField.COMPANY, parts.company(), candidate[0]);
            }
            if (parts.location() != null) {
                draft.offer(JobField.LOCATIONS, List.of(parts.location()), candidate[0]);
            }
        }
        if (siteName != null && !TitleParser.isBoardName(siteName)
                && !NormalizedText.key(siteName).equals(NormalizedText.key(draft.string(JobField.TITLE)))) {
            draft.offer(JobField.COMPANY, TitleParser.careersCompany(siteName), "meta:og:site_name");
        }
    }

    /** The meta description: a short summary, so it only fills in after the main-content fallback. */
    static void applyDescription(PageView page, JobPostingDraft draft) {
        String description = page.meta("og:description").orElse(page.meta("description").orElse(null));
        draft.offer(JobField.DESCRIPTION_TEXT, HtmlText.clean(description), "meta:description");
    }
}
