package dev.applypilot.shared.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HTTPS://Boards.Greenhouse.io/acme/jobs/123?gh_src=abc&utm_source=x#apply | https://boards.greenhouse.io/acme/jobs/123",
        "https://jobs.lever.co/acme/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b?lever-source=LinkedIn&lever-origin=applied | https://jobs.lever.co/acme/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
        "https://acme.com:443/careers?gh_jid=4455&utm_medium=social | https://acme.com/careers?gh_jid=4455",
        "https://au.indeed.com/viewjob?jk=54f1f8af68d722d2&from=serp&vjs=3 | https://au.indeed.com/viewjob?jk=54f1f8af68d722d2",
        "https://www.linkedin.com/jobs/view/123/?trk=public_jobs&refId=x | https://www.linkedin.com/jobs/view/123/",
        "not a url | not a url"
    })
    void canonicalUrlDropsTrackingAndFragmentButKeepsJobIds(String url, String canonical) {
        assertEquals(canonical, CanonicalUrls.normalise(url));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://boards.greenhouse.io/gitlab/jobs/8055932002                         | GREENHOUSE      | 8055932002 | gitlab",
        "https://job-boards.eu.greenhouse.io/acme/jobs/4455?gh_src=x                 | GREENHOUSE      | 4455       | acme",
        "https://careers.acme.com/open-roles?gh_jid=991                              | GREENHOUSE      | 991        | ",
        "https://jobs.lever.co/highspot/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b/apply   | LEVER           | 0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b | highspot",
        "https://nvidia.wd5.myworkdayjobs.com/en-US/Site/job/Germany-Munich/Test-Engineer_JR2019510-1 | WORKDAY | JR2019510 | nvidia",
        "https://acme.wd1.myworkdayjobs.com/External/job/Remote/Engineer_R12345      | WORKDAY         | R12345     | acme",
        "https://acme.wd3.myworkdayjobs.com/External/job/NYC/Engineer_JR-123         | WORKDAY         | JR-123     | acme",
        "https://jobs.ashbyhq.com/acme/6f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b          | ASHBY           | 6f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b | acme",
        "https://jobs.smartrecruiters.com/Acme/743999912345678-senior-engineer       | SMARTRECRUITERS | 743999912345678 | Acme",
        "https://apply.workable.com/huble/j/ABC123DEF/                               | WORKABLE        | ABC123DEF  | huble",
        "https://au.linkedin.com/jobs/view/senior-engineer-at-heidi-4411867124       | LINKEDIN        | 4411867124 | ",
        "https://au.indeed.com/viewjob?jk=54f1f8af68d722d2                           | INDEED          | 54f1f8af68d722d2 | "
    })
    void vendorAndJobIdComeFromTheUrl(String url, AtsVendor vendor, String id, String company) {
        VendorJobRef ref = VendorJobIds.detect(url).orElseThrow();
        assertEquals(new VendorJobRef(vendor, id, company), ref);
    }

    @ParameterizedTest
    @CsvSource({"https://example.com/blog/post", "ftp://boards.greenhouse.io/x/jobs/1", "''"})
    void unknownUrlsHaveNoVendor(String url) {
        assertTrue(VendorJobIds.detect(url).isEmpty());
    }
}
