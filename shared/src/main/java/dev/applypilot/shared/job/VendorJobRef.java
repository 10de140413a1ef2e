package dev.applypilot.shared.job;

/**
 * What a posting URL reveals about its ATS.
 *
 * @param vendor      the ATS or board
 * @param jobId       the vendor's job id, or null when the URL has none
 * @param companySlug the company's board name in the URL (e.g. "gitlab" in boards.greenhouse.io/gitlab), or null
 */
public record VendorJobRef(AtsVendor vendor, String jobId, String companySlug) {
}
