package dev.applypilot.server.jobs.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.applypilot.shared.extract.JobExtraction;
import dev.applypilot.shared.extract.JobExtractor;
import dev.applypilot.shared.job.AtsVendor;
import dev.applypilot.shared.job.JobField;
import dev.applypilot.shared.job.JobPosting;
import dev.applypilot.shared.job.RemoteType;
import dev.applypilot.shared.job.Salary;
import dev.applypilot.shared.job.SalaryPeriod;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsoupPageViewTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "jsonld.html;      https://careers.acme.test/jobs/backend-engineer-1234;                       Backend Engineer;          Acme Robotics; Lisbon, PT;                      json-ld",
        "graph.html;       https://jobs.globex.test/postings/9;                                        Data Scientist;            Globex;        Canada;                          json-ld",
        "next-data.html;   https://jobs.initech.test/jobs/p-77;                                        Product Designer;          Initech;       Austin, TX;                      embedded-json",
        "linkedin.html;    https://ie.linkedin.com/jobs/view/site-reliability-engineer-at-umbrella-3900000001; Site Reliability Engineer; Umbrella; Dublin, County Dublin, Ireland; site:linkedin",
        "greenhouse.html;  https://boards.greenhouse.io/hooli/jobs/4012345;                            Staff Engineer;            Hooli;         Palo Alto, CA;                   site:greenhouse",
        "lever.html;       https://jobs.lever.co/piedpiper/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b;       Senior Frontend Engineer;  Pied Piper;    Berlin;                          site:lever",
        "workday.html;     https://vandelay.wd1.myworkdayjobs.com/en-US/External/job/New-York/Firmware-Engineer_R20455-1; Firmware Engineer; Vandelay; USA, New York; site:workday",
        "opengraph.html;   https://careers.stark.test/jobs/qa-analyst?ref=twitter;                     QA Analyst;                Stark Industries; ;                             meta:og:title"
    })
    void extractsTitleCompanyAndLocationFromEachKindOfPage(String file, String url, String title, String company,
                                                          String location, String titleSource) throws IOException {
        JobExtraction extraction = JobExtractor.extract(JsoupPageView.parse(fixture(file), url));
        JobPosting p = extraction.posting();
        assertEquals(title, p.title());
        assertEquals(company, p.company());
        assertEquals(location == null ? List.of() : List.of(location), p.locations().subList(0, Math.min(1, p.locations().size())));
        assertEquals(titleSource, p.provenance().get(JobField.TITLE));
        assertTrue(extraction.isJobPosting(), file + " confidence " + extraction.confidence());
        assertTrue(p.descriptionText() != null && !p.descriptionText().isBlank(), "description of " + file);
    }

    @Test
    void jsonLdPageCarriesSalaryDatesAndCanonicalUrl() throws IOException {
        JobPosting p = JobExtractor.extract(JsoupPageView.parse(fixture("jsonld.html"), "https://careers.acme.test/x")).posting();
        assertEquals(new Salary(60000.0, 80000.0, "EUR", SalaryPeriod.YEAR), p.salary());
        assertEquals("2026-03-01", p.datePosted());
        assertEquals("https://careers.acme.test/jobs/backend-engineer-1234", p.canonicalUrl());
        assertTrue(p.structuredData().contains("\"JobPosting\""));
        assertEquals("Build APIs for robots.\nJava", p.descriptionText());
    }

    @Test
    void graphPageIsRemoteWithHourlyPay() throws IOException {
        JobPosting p = JobExtractor.extract(JsoupPageView.parse(fixture("graph.html"), "https://jobs.globex.test/postings/9")).posting();
        assertEquals(RemoteType.REMOTE, p.remoteType());
        assertEquals(new Salary(55.0, 55.0, "CAD", SalaryPeriod.HOUR), p.salary());
        assertEquals("<p>Model all the things.</p>", p.descriptionHtml());
    }

    @Test
    void atsPagesKnowVendorJobIdAndWorkplace() throws IOException {
        JobPosting workday = JobExtractor.extract(JsoupPageView.parse(fixture("workday.html"),
                "https://vandelay.wd1.myworkdayjobs.com/en-US/External/job/New-York/Firmware-Engineer_R20455-1")).posting();
        assertEquals(AtsVendor.WORKDAY, workday.atsVendor());
        assertEquals("R20455", workday.vendorJobId());
        assertEquals("Full time", workday.employmentType());
        JobPosting lever = JobExtractor.extract(JsoupPageView.parse(fixture("lever.html"),
                "https://jobs.lever.co/piedpiper/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b?lever-source=x")).posting();
        assertEquals(RemoteType.HYBRID, lever.remoteType());
        assertEquals("https://jobs.lever.co/piedpiper/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b", lever.canonicalUrl());
    }

    @Test
    void selectorsThatMatchNothingOrAreInvalidGiveEmptyResults() {
        JsoupPageView page = JsoupPageView.parse("<p>hi</p>", "https://x.test/");
        assertTrue(page.text("h1").isEmpty());
        assertTrue(page.texts("[[bad").isEmpty());
        assertTrue(page.scriptById("__NEXT_DATA__").isEmpty());
        assertEquals(List.of(), page.jsonLdScripts());
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = JsoupPageViewTest.class.getResourceAsStream("/jobs/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
