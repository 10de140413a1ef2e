package dev.applypilot.shared.extract;

import dev.applypilot.shared.job.CanonicalUrls;
import dev.applypilot.shared.job.JobField;
import dev.applypilot.shared.job.VendorJobIds;
import dev.applypilot.shared.job.VendorJobRef;
import java.util.Optional;

/**
 * What the URLs say: canonical URL (link rel=canonical, else og:url, else the page URL), ATS vendor and job
 * id, and, as the weakest company signal of all, the company's board slug (e.g. the Workday tenant).
 */
final class UrlRule {

    static final String SOURCE = "url";

    private UrlRule() {
    }

    /** Vendor and job id; run early, since the URL is authoritative for them. Returns true when a job id was found. */
    static boolean applyIds(PageView page, JobPostingDraft draft) {
        String canonical = page.canonicalLink().orElse(page.meta("og:url").orElse(page.url()));
        draft.offer(JobField.CANONICAL_URL, CanonicalUrls.normalise(canonical), SOURCE);
        Optional<VendorJobRef> ref = VendorJobIds.detect(page.url());
        if (ref.isEmpty() || ref.get().jobId() == null) {
            Optional<VendorJobRef> fromCanonical = VendorJobIds.detect(canonical);
            ref = fromCanonical.isPresent() ? fromCanonical : ref;
        }
        if (ref.isEmpty()) {
            return false;
        }
        draft.offer(JobField.ATS_VENDOR, ref.get().vendor(), SOURCE);
        return draft.offer(JobField.VENDOR_JOB_ID, ref.get().jobId(), SOURCE);
    }

    /** Company from the board slug; run last. */
    static void applyCompanySlug(PageView page, JobPostingDraft draft) {
        VendorJobIds.detect(page.url()).map(VendorJobRef::companySlug)
                .ifPresent(slug -> draft.offer(JobField.COMPANY, deslug(slug), SOURCE));
    }

    /** "acme-robotics" becomes "Acme Robotics". */
    static String deslug(String slug) {
        StringBuilder out = new StringBuilder(slug.length());
        boolean upper = true;
        for (int i = 0; i < slug.length(); i++) {
            char c = slug.charAt(i);
            if (c == '-' || c == '_' || c == '+') {
                out.append(' ');
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return HtmlText.clean(out.toString());
    }
}
