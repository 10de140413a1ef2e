package dev.applypilot.shared.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.applypilot.shared.job.AtsVendor;
import dev.applypilot.shared.job.JobField;
import dev.applypilot.shared.job.JobPosting;
import dev.applypilot.shared.job.RemoteType;
import dev.applypilot.shared.job.Salary;
import dev.applypilot.shared.job.SalaryPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobExtractorTest {

    private static final String LONG_TEXT = "<p>" + "We build robots that help people every day. ".repeat(20) + "</p>";

    @Test
    void jsonLdInsideGraphWithNestedOrganisationLocationAndSalary() {
        FakePageView page = new FakePageView("https://careers.acme.test/jobs/42?utm_source=x")
                .jsonLd("{ not json")
                .jsonLd("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":[\"JobPosting\"],"
                        + "\"title\":\"Robot Wrangler &amp; Friend\",\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"Acme\"},"
                        + "\"jobLocation\":[{\"@type\":\"Place\",\"address\":{\"addressLocality\":\"Berlin\",\"addressRegion\":\"Berlin\","
                        + "\"addressCountry\":{\"@type\":\"Country\",\"name\":\"DE\"}}},{\"address\":\"Munich, DE\"}],"
                        + "\"employmentType\":[\"FULL_TIME\",\"CONTRACTOR\"],\"datePosted\":\"2026-08-06T07:39:35Z\",\"validThrough\":\"2026-12-01\","
                        + "\"baseSalary\":{\"currency\":\"EUR\",\"value\":{\"@type\":\"QuantitativeValue\",\"minValue\":\"70000\",\"maxValue\":90000,\"unitText\":\"YEAR\"}},"
                        + "\"description\":\"&lt;p&gt;Build robots&lt;/p&gt;\"}]}")
                .text("h1", "Something else");
        JobExtraction extraction = JobExtractor.extract(page);
        JobPosting p = extraction.posting();
        assertEquals("Robot Wrangler & Friend", p.title());
        assertEquals("Acme", p.company());
        assertEquals(List.of("Berlin, DE", "Munich, DE"), p.locations());
        assertEquals("FULL_TIME, CONTRACTOR", p.employmentType());
        assertEquals(new Salary(70000.0, 90000.0, "EUR", SalaryPeriod.YEAR), p.salary());
        assertEquals("<p>Build robots</p>", p.descriptionHtml());
        assertEquals("Build robots", p.descriptionText());
        assertEquals("2026-08-06", p.datePosted());
        assertEquals("2026-12-01", p.validThrough());
        assertEquals("https://careers.acme.test/jobs/42", p.canonicalUrl());
        assertEquals("json-ld", p.provenance().get(JobField.TITLE));
        assertTrue(p.structuredData().contains("@graph"));
        assertTrue(extraction.isJobPosting());
    }

    @Test
    void telecommuteWithoutJobLocationIsRemoteInTheApplicantCountry() {
        FakePageView page = new FakePageView("https://x.test/")
                .jsonLd("[{\"@type\":\"BreadcrumbList\"},{\"@type\":\"JobPosting\",\"title\":\"Dev\",\"jobLocationType\":\"TELECOMMUTE\","
                        + "\"applicantLocationRequirements\":{\"@type\":\"Country\",\"name\":\"United States\"},\"hiringOrganization\":\"Zap\"}]");
        JobPosting p = JobExtractor.extract(page).posting();
        assertEquals(RemoteType.REMOTE, p.remoteType());
        assertEquals(List.of("United States"), p.locations());
        assertEquals("Zap", p.company());
    }

    @Test
    void nextDataJobShapedObjectIsFoundWhenThereIsNoJsonLd() {
        FakePageView page = new FakePageView("https://jobs.example.test/roles/7")
                .script("__NEXT_DATA__", "{\"props\":{\"pageProps\":{\"nav\":{\"title\":\"Menu\"},\"job\":{\"id\":7,\"title\":\"Platform Engineer\","
                        + "\"companyName\":\"Initech\",\"location\":{\"name\":\"Austin, TX\"},\"descriptionHtml\":\"" + LONG_TEXT.replace("\"", "\\\"")
                        + "\",\"publishedAt\":\"2026-02-03T10:00:00Z\"}}}}");
        JobPosting p = JobExtractor.extract(page).posting();
        assertEquals("Platform Engineer", p.title());
        assertEquals("Initech", p.company());
        assertEquals(List.of("Austin, TX"), p.locations());
        assertEquals("2026-02-03", p.datePosted());
        assertEquals("embedded-json", p.provenance().get(JobField.TITLE));
    }

    @Test
    void earlierSourcesWinPerFieldAndLaterOnesFillGaps() {
        FakePageView page = new FakePageView("https://boards.greenhouse.io/acme/jobs/555")
                .jsonLd("{\"@type\":\"JobPosting\",\"title\":\"From JSON-LD\"}")
                .text(".app-title", "From selector")
                .text(".company-name", "at Acme Robotics")
                .text("#header .location", "Remote - Canada")
                .meta("og:title", "Ignored title")
                .main(LONG_TEXT);
        JobPosting p = JobExtractor.extract(page).posting();
        assertEquals("From JSON-LD", p.title());
        assertEquals("Acme Robotics", p.company());
        assertEquals("site:greenhouse", p.provenance().get(JobField.COMPANY));
        assertEquals(List.of("Remote - Canada"), p.locations());
        assertEquals(RemoteType.REMOTE, p.remoteType());
        assertEquals(AtsVendor.GREENHOUSE, p.atsVendor());
        assertEquals("555", p.vendorJobId());
        assertEquals("main-content", p.provenance().get(JobField.DESCRIPTION_TEXT));
    }

    @Test
    void openGraphTitleGivesTitleCompanyAndLocation() {
        FakePageView page = new FakePageView("https://www.linkedin.com/jobs/view/99")
                .meta("og:title", "Heidi hiring Senior Engineer - DevEx in Melbourne, Victoria, Australia | LinkedIn");
        JobPosting p = JobExtractor.extract(page).posting();
        assertEquals("Senior Engineer - DevEx", p.title());
        assertEquals("Heidi", p.company());
        assertEquals(List.of("Melbourne, Victoria, Australia"), p.locations());
    }

    @Test
    void workdayTenantIsTheCompanyOfLastResort() {
        FakePageView page = new FakePageView("https://nvidia.wd5.myworkdayjobs.com/en-US/Site/job/Munich/Test-Engineer_JR1-1")
                .text("[data-automation-id=\"jobPostingHeader\"]", "Test Engineer")
                .text("[data-automation-id=\"locations\"] dd", "Germany, Munich");
        JobExtraction extraction = JobExtractor.extract(page);
        assertEquals("Nvidia", extraction.posting().company());
        assertEquals("url", extraction.posting().provenance().get(JobField.COMPANY));
        assertEquals("JR1", extraction.posting().vendorJobId());
        assertTrue(extraction.isJobPosting());
    }

    @Test
    void anArticleIsNotAJobPosting() {
        FakePageView page = new FakePageView("https://blog.example.test/2026/why-we-love-robots")
                .text("h1", "Why we love robots")
                .meta("og:title", "Why we love robots | Example Blog")
                .main(LONG_TEXT);
        JobExtraction extraction = JobExtractor.extract(page);
        assertFalse(extraction.isJobPosting(), "confidence " + extraction.confidence());
        assertNull(extraction.posting().vendorJobId());
    }
}
