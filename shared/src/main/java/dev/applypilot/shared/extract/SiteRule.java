package dev.applypilot.shared.extract;

import dev.applypilot.shared.job.AtsVendor;
import dev.applypilot.shared.job.JobField;
import java.util.List;
import java.util.Map;

/**
 * Selector table for one site or ATS. A rule applies when the page's host is one of {@code domains} (or a
 * subdomain), or when any {@code markers} selector matches (boards embedded on company domains, saved pages).
 * For each field the selectors are tried in order and the first non-blank value is taken.
 *
 * @param id      provenance id, e.g. "site:greenhouse"
 * @param vendor  the ATS or board, or null for generic rules such as microdata
 * @param domains host domains
 * @param markers selectors whose presence identifies the site's markup
 * @param fields  selectors per field (TITLE, COMPANY, LOCATIONS, EMPLOYMENT_TYPE, REMOTE_TYPE, DESCRIPTION_HTML)
 */
public record SiteRule(String id, AtsVendor vendor, List<String> domains, List<String> markers,
                       Map<JobField, List<Selector>> fields) {

    public SiteRule {
        domains = List.copyOf(domains);
        markers = List.copyOf(markers);
        fields = Map.copyOf(fields);
    }
}
