package dev.applypilot.shared.job;

import dev.applypilot.shared.json.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * A job posting as extracted from a page. Absent values are null (lists are empty, never null).
 *
 * @param title           job title
 * @param company         hiring company name
 * @param locations       human-readable locations, e.g. "Munich, Bavaria, DE"
 * @param remoteType      remote/hybrid/on-site, {@link RemoteType#UNKNOWN} when not stated
 * @param employmentType  as published, normalised to schema.org style where possible (e.g. "FULL_TIME")
 * @param salary          pay range, or null
 * @param descriptionHtml raw description HTML from the page; NOT sanitised (the server sanitises before display)
 * @param descriptionText description as plain text
 * @param sourceUrl       the URL the page was read from
 * @param canonicalUrl    normalised URL identifying the posting (see {@link CanonicalUrls})
 * @param atsVendor       ATS or board hosting the posting, or null
 * @param vendorJobId     the vendor's id of the posting, or null
 * @param datePosted      ISO date (yyyy-MM-dd), or null
 * @param validThrough    ISO date (yyyy-MM-dd), or null
 * @param structuredData  the schema.org JSON-LD text the posting came from, or null
 * @param provenance      for each field that has a value, the id of the rule that produced it
 */
public record JobPosting(
        String title,
        String company,
        List<String> locations,
        RemoteType remoteType,
        String employmentType,
        Salary salary,
        String descriptionHtml,
        String descriptionText,
        String sourceUrl,
        String canonicalUrl,
        AtsVendor atsVendor,
        String vendorJobId,
        String datePosted,
        String validThrough,
        String structuredData,
        Map<JobField, String> provenance) {

    public JobPosting {
        locations = locations == null ? List.of() : List.copyOf(locations);
        remoteType = remoteType == null ? RemoteType.UNKNOWN : remoteType;
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    }

    /** The first location, or null. */
    public String primaryLocation() {
        return locations.isEmpty() ? null : locations.get(0);
    }

    /** Key for spotting the same job saved twice from different sites; see {@link JobDedupKey}. */
    public String dedupKey() {
        return JobDedupKey.of(company, title, primaryLocation());
    }

    public JsonValue toJson() {
        return JobPostingJson.toJson(this);
    }

    /** Reads what {@link #toJson()} wrote; unknown members are ignored, bad ones become absent. */
    public static JobPosting fromJson(JsonValue json) {
        return JobPostingJson.fromJson(json);
    }
}
