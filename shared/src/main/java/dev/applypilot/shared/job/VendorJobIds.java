package dev.applypilot.shared.job;

import java.util.List;
import java.util.Optional;

/**
 * Recognises ATS and job-board URLs and pulls out the vendor's job id: Greenhouse {@code /jobs/<digits>}
 * or {@code gh_jid}, Lever {@code /<company>/<uuid>}, Workday {@code ..._R123}/{@code _JR-123} tails,
 * Ashby {@code /<company>/<uuid>}, SmartRecruiters {@code /<Company>/<digits>-slug}, Workable
 * {@code /j/<code>}, LinkedIn {@code /jobs/view/...-<digits>}, Indeed {@code jk=}.
 */
public final class VendorJobIds {

    private VendorJobIds() {
    }

    public static Optional<VendorJobRef> detect(String url) {
        UrlParts u = UrlParts.parse(url);
        if (u == null) {
            return Optional.empty();
        }
        List<String> seg = u.pathSegments();
        if (u.hostIs("greenhouse.io")) {
            return Optional.of(greenhouse(u, seg));
        }
        if (u.hostIs("lever.co")) {
            String id = seg.size() >= 2 && isUuid(seg.get(1)) ? seg.get(1) : null;
            return Optional.of(new VendorJobRef(AtsVendor.LEVER, id, seg.isEmpty() ? null : seg.get(0)));
        }
        if (u.hostIs("ashbyhq.com")) {
            String id = seg.size() >= 2 && isUuid(seg.get(1)) ? seg.get(1) : u.queryParam("ashby_jid");
            return Optional.of(new VendorJobRef(AtsVendor.ASHBY, id, seg.isEmpty() ? null : seg.get(0)));
        }
        if (u.hostIs("myworkdayjobs.com") || u.hostIs("myworkdaysite.com") || u.hostIs("workday.com")) {
            return Optional.of(workday(u, seg));
        }
        if (u.hostIs("smartrecruiters.com")) {
            String id = seg.size() >= 2 ? leadingDigits(seg.get(1)) : null;
            return Optional.of(new VendorJobRef(AtsVendor.SMARTRECRUITERS, id, seg.isEmpty() ? null : seg.get(0)));
        }
        if (u.hostIs("workable.com")) {
            return Optional.of(workable(u, seg));
        }
        if (u.hostIs("linkedin.com")) {
            String id = u.queryParam("currentJobId");
            int view = seg.indexOf("view");
            if (view >= 0 && view + 1 < seg.size()) {
                id = trailingDigits(seg.get(view + 1));
            }
            return Optional.of(new VendorJobRef(AtsVendor.LINKEDIN, emptyToNull(id), null));
        }
        if (u.host().contains("indeed.")) {
            return Optional.of(new VendorJobRef(AtsVendor.INDEED, emptyToNull(u.queryParam("jk")), null));
        }
        String ghJid = u.queryParam("gh_jid");
        if (ghJid != null && isDigits(ghJid)) {
            // Greenhouse boards embedded on a company's own careers site.
            return Optional.of(new VendorJobRef(AtsVendor.GREENHOUSE, ghJid, null));
        }
        return Optional.empty();
    }

    private static VendorJobRef greenhouse(UrlParts u, List<String> seg) {
        String id = u.queryParam("gh_jid");
        int jobs = seg.indexOf("jobs");
        if (jobs >= 0 && jobs + 1 < seg.size() && isDigits(seg.get(jobs + 1))) {
            id = seg.get(jobs + 1);
        } else if (u.queryParam("token") != null && isDigits(u.queryParam("token"))) {
            id = u.queryParam("token");
        }
        String company = u.queryParam("for");
        if (company == null && jobs > 0) {
            company = seg.get(jobs - 1);
        }
        return new VendorJobRef(AtsVendor.GREENHOUSE, emptyToNull(id), company);
    }

    private static VendorJobRef workday(UrlParts u, List<String> seg) {
        String tenant = u.host().substring(0, u.host().indexOf('.') < 0 ? u.host().length() : u.host().indexOf('.'));
        String id = null;
        if (!seg.isEmpty()) {
            String last = seg.get(seg.size() - 1);
            if (last.equals("apply") && seg.size() > 1) {
                last = seg.get(seg.size() - 2);
            }
            int underscore = last.lastIndexOf('_');
            if (underscore >= 0 && underscore + 1 < last.length()) {
                id = stripRepostSuffix(last.substring(underscore + 1));
            }
        }
        return new VendorJobRef(AtsVendor.WORKDAY, id, tenant.startsWith("www") ? null : tenant);
    }

    private static VendorJobRef workable(UrlParts u, List<String> seg) {
        String id = null;
        int j = seg.indexOf("j");
        int jobs = seg.indexOf("jobs");
        if (j >= 0 && j + 1 < seg.size()) {
            id = seg.get(j + 1);
        } else if (jobs >= 0 && jobs + 1 < seg.size()) {
            id = seg.get(jobs + 1);
        }
        String company = null;
        if (u.host().equals("apply.workable.com") && !seg.isEmpty()) {
            company = seg.get(0);
        } else if (!u.host().startsWith("www.") && !u.host().startsWith("apply.")) {
            company = u.host().substring(0, u.host().indexOf('.'));
        }
        return new VendorJobRef(AtsVendor.WORKABLE, id, company);
    }

    /**
     * Workday appends "-1", "-2" to re-posted requisitions ("JR2019510-1"); the requisition id is the
     * part before it. "JR-123" stays as it is.
     */
    static String stripRepostSuffix(String id) {
        int dash = id.lastIndexOf('-');
        if (dash <= 0 || dash + 1 >= id.length() || id.length() - dash - 1 > 2 || !isDigits(id.substring(dash + 1))) {
            return id;
        }
        String head = id.substring(0, dash);
        return Character.isDigit(head.charAt(head.length() - 1)) ? head : id;
    }

    static boolean isUuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean dashSlot = i == 8 || i == 13 || i == 18 || i == 23;
            if (dashSlot ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String leadingDigits(String s) {
        int end = 0;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end == 0 ? null : s.substring(0, end);
    }

    private static String trailingDigits(String s) {
        int start = s.length();
        while (start > 0 && Character.isDigit(s.charAt(start - 1))) {
            start--;
        }
        return start == s.length() ? null : s.substring(start);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
