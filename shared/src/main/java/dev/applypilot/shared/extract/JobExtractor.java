package dev.applypilot.shared.extract;

import dev.applypilot.shared.job.JobField;
import dev.applypilot.shared.job.JobPosting;
import dev.applypilot.shared.job.UrlParts;
import java.util.Locale;

/**
 * Entry point: runs the extraction rules over a {@link PageView} in priority order and merges them
 * field-wise (earlier rules win, later ones fill gaps):
 * <ol>
 *   <li>URL: canonical URL, ATS vendor and job id</li>
 *   <li>schema.org JobPosting JSON-LD</li>
 *   <li>embedded app JSON ({@code __NEXT_DATA__} and similar)</li>
 *   <li>per-site selector tables ({@link SiteRules})</li>
 *   <li>OpenGraph / Twitter / document title and og:site_name</li>
 *   <li>main content: h1 and the largest text block (then the meta description)</li>
 *   <li>URL: company board slug</li>
 * </ol>
 * Stateless and side-effect free, so the extension can call it on every page change.
 */
public final class JobExtractor {

    private JobExtractor() {
    }

    public static JobExtraction extract(PageView page) {
        JobPostingDraft draft = new JobPostingDraft();
        boolean vendorId = UrlRule.applyIds(page, draft);
        boolean jsonLd = JsonLdRule.apply(page, draft);
        boolean embedded = EmbeddedJsonRule.apply(page, draft);
        boolean siteTitle = SiteRuleApplier.apply(page, draft);
        MetaRule.apply(page, draft);
        MainContentRule.apply(page, draft);
        MetaRule.applyDescription(page, draft);
        UrlRule.applyCompanySlug(page, draft);
        draft.offer(JobField.REMOTE_TYPE, RemoteTypes.parse(draft.string(JobField.TITLE) + " "
                + String.join(" ", draft.locations())), "text");
        JobPosting posting = draft.build(page.url());
        return new JobExtraction(posting, confidence(posting, page.url(), jsonLd, embedded, siteTitle, vendorId));
    }

    /**
     * Evidence-weighted belief that this is a job posting page: structured data is near-conclusive; an ATS
     * URL with a job id, a site table hit, a job-like URL path and a filled-in posting add up; no title caps it.
     */
    static double confidence(JobPosting p, String url, boolean jsonLd, boolean embedded, boolean siteTitle,
                             boolean vendorId) {
        double score = 0;
        if (jsonLd) {
            score = 0.95;
        } else if (embedded) {
            score = 0.6;
        }
        if (siteTitle) {
            score = Math.max(score, 0.5);
        }
        score += vendorId ? 0.2 : 0;
        score += jobLikePath(url) ? 0.2 : 0;
        score += p.title() != null ? 0.1 : 0;
        score += p.company() != null ? 0.05 : 0;
        score += p.locations().isEmpty() ? 0 : 0.05;
        score += p.descriptionText() != null && p.descriptionText().length() >= 500 ? 0.15 : 0;
        if (p.title() == null) {
            score = Math.min(score, 0.2);
        }
        return Math.min(1.0, score);
    }

    private static boolean jobLikePath(String url) {
        UrlParts parts = UrlParts.parse(url);
        if (parts == null) {
            return false;
        }
        String path = parts.path().toLowerCase(Locale.ROOT) + "?" + parts.query().toLowerCase(Locale.ROOT);
        for (String marker : new String[] {"/job/", "/jobs/", "/job-", "/career", "/position", "/opening",
                "/vacanc", "/stellen", "viewjob", "gh_jid=", "/requisition"}) {
            if (path.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
