package dev.applypilot.shared.extract;

import static dev.applypilot.shared.extract.Selector.attr;
import static dev.applypilot.shared.extract.Selector.html;
import static dev.applypilot.shared.extract.Selector.text;

import dev.applypilot.shared.job.AtsVendor;
import dev.applypilot.shared.job.JobField;
import java.util.List;
import java.util.Map;

/**
 * The per-site selector tables, as data. Selectors follow the public markup of each site (guest LinkedIn
 * job view and the signed-in unified top card, Indeed's viewjob page, Greenhouse's classic and React
 * boards, Lever postings, Workday's data-automation-id attributes, Ashby, SmartRecruiters, Workable's
 * data-ui attributes) plus schema.org microdata, which many career sites use without JSON-LD.
 */
public final class SiteRules {

    public static final List<SiteRule> ALL = List.of(
            new SiteRule("site:linkedin", AtsVendor.LINKEDIN, List.of("linkedin.com"),
                    List.of(".top-card-layout__title", ".jobs-unified-top-card", ".job-details-jobs-unified-top-card__job-title"),
                    Map.of(JobField.TITLE, List.of(text(".top-card-layout__title"), text(".topcard__title"),
                                    text(".job-details-jobs-unified-top-card__job-title"), text(".jobs-unified-top-card__job-title")),
                            JobField.COMPANY, List.of(text(".topcard__org-name-link"), text(".topcard__flavor a"),
                                    text(".job-details-jobs-unified-top-card__company-name"), text(".jobs-unified-top-card__company-name")),
                            JobField.LOCATIONS, List.of(text("span.topcard__flavor.topcard__flavor--bullet"),
                                    text(".job-details-jobs-unified-top-card__primary-description-container .tvm__text"),
                                    text(".jobs-unified-top-card__bullet")),
                            JobField.EMPLOYMENT_TYPE, List.of(text(".description__job-criteria-item:nth-child(2) .description__job-criteria-text")),
                            JobField.DESCRIPTION_HTML, List.of(html(".show-more-less-html__markup"), html(".description__text"),
                                    html(".jobs-description__content"), html("#job-details")))),
            new SiteRule("site:indeed", AtsVendor.INDEED, List.of("indeed.com"),
                    List.of("#jobDescriptionText", ".jobsearch-JobInfoHeader-title"),
                    Map.of(JobField.TITLE, List.of(text("[data-testid=\"jobsearch-JobInfoHeader-title\"]"),
                                    text(".jobsearch-JobInfoHeader-title")),
                            JobField.COMPANY, List.of(text("[data-testid=\"inlineHeader-companyName\"]"),
                                    text("[data-company-name=\"true\"]"), text(".jobsearch-CompanyInfoContainer a")),
                            JobField.LOCATIONS, List.of(text("[data-testid=\"inlineHeader-companyLocation\"]"),
                                    text("[data-testid=\"job-location\"]"), text("#jobLocationText")),
                            JobField.DESCRIPTION_HTML, List.of(html("#jobDescriptionText")))),
            new SiteRule("site:greenhouse", AtsVendor.GREENHOUSE, List.of("greenhouse.io"),
                    List.of("#grnhse_app", "#app_body .app-title", ".job__title"),
                    Map.of(JobField.TITLE, List.of(text(".app-title"), text(".job__title h1"), text(".job__title")),
                            JobField.COMPANY, List.of(text(".company-name"), attr(".logo img", "alt")),
                            JobField.LOCATIONS, List.of(text("#header .location"), text(".job__location"), text(".location")),
                            JobField.DESCRIPTION_HTML, List.of(html("#content"), html(".job__description")))),
            new SiteRule("site:lever", AtsVendor.LEVER, List.of("lever.co"),
                    List.of(".posting-headline"),
                    Map.of(JobField.TITLE, List.of(text(".posting-headline h2"), text(".posting-headline h1")),
                            JobField.COMPANY, List.of(attr(".main-header-logo img", "alt")),
                            JobField.LOCATIONS, List.of(text(".posting-categories .location"), text(".posting-category.location")),
                            JobField.EMPLOYMENT_TYPE, List.of(text(".posting-categories .commitment")),
                            JobField.REMOTE_TYPE, List.of(text(".posting-categories .workplaceTypes")),
                            JobField.DESCRIPTION_HTML, List.of(html("[data-qa=\"job-description\"]"), html(".posting-page .content")))),
            new SiteRule("site:workday", AtsVendor.WORKDAY, List.of("myworkdayjobs.com", "myworkdaysite.com"),
                    List.of("[data-automation-id=\"jobPostingHeader\"]"),
                    Map.of(JobField.TITLE, List.of(text("[data-automation-id=\"jobPostingHeader\"]")),
                            JobField.LOCATIONS, List.of(text("[data-automation-id=\"locations\"] dd"),
                                    text("[data-automation-id=\"location\"] dd")),
                            JobField.EMPLOYMENT_TYPE, List.of(text("[data-automation-id=\"time\"] dd")),
                            JobField.REMOTE_TYPE, List.of(text("[data-automation-id=\"remoteType\"] dd")),
                            JobField.DESCRIPTION_HTML, List.of(html("[data-automation-id=\"jobPostingDescription\"]")))),
            new SiteRule("site:ashby", AtsVendor.ASHBY, List.of("ashbyhq.com"),
                    List.of(".ashby-job-posting-heading"),
                    Map.of(JobField.TITLE, List.of(text(".ashby-job-posting-heading"), text("h1")),
                            JobField.DESCRIPTION_HTML, List.of(html(".ashby-job-posting-right-pane [class*=\"_descriptionText\"]"),
                                    html("[class*=\"_descriptionText\"]")))),
            new SiteRule("site:smartrecruiters", AtsVendor.SMARTRECRUITERS, List.of("smartrecruiters.com"),
                    List.of(".job-sections", "h1.job-title"),
                    Map.of(JobField.TITLE, List.of(text("h1.job-title"), text("[itemprop=\"title\"]")),
                            JobField.COMPANY, List.of(text("[itemprop=\"hiringOrganization\"] [itemprop=\"name\"]"),
                                    attr("meta[itemprop=\"name\"]", "content")),
                            JobField.LOCATIONS, List.of(attr("spl-job-location", "formattedaddress"),
                                    text("[itemprop=\"jobLocation\"]"), text(".job-details .job-location")),
                            JobField.EMPLOYMENT_TYPE, List.of(text("[itemprop=\"employmentType\"]")),
                            JobField.DESCRIPTION_HTML, List.of(html(".job-sections"), html("[itemprop=\"description\"]")))),
            new SiteRule("site:workable", AtsVendor.WORKABLE, List.of("workable.com"),
                    List.of("[data-ui=\"job-title\"]"),
                    Map.of(JobField.TITLE, List.of(text("[data-ui=\"job-title\"]")),
                            JobField.COMPANY, List.of(text("[data-ui=\"company-name\"]"), attr("[data-ui=\"company-logo\"] img", "alt")),
                            JobField.LOCATIONS, List.of(text("[data-ui=\"job-location\"]")),
                            JobField.EMPLOYMENT_TYPE, List.of(text("[data-ui=\"job-type\"]")),
                            JobField.REMOTE_TYPE, List.of(text("[data-ui=\"job-workplace\"]")),
                            JobField.DESCRIPTION_HTML, List.of(html("[data-ui=\"job-description\"]")))),
            new SiteRule("microdata", null, List.of(),
                    List.of("[itemtype*=\"schema.org/JobPosting\"]"),
                    Map.of(JobField.TITLE, List.of(text("[itemtype*=\"JobPosting\"] [itemprop=\"title\"]")),
                            JobField.COMPANY, List.of(text("[itemprop=\"hiringOrganization\"] [itemprop=\"name\"]"),
                                    text("[itemprop=\"hiringOrganization\"]")),
                            JobField.LOCATIONS, List.of(text("[itemprop=\"jobLocation\"] [itemprop=\"addressLocality\"]"),
                                    text("[itemprop=\"jobLocation\"]")),
                            JobField.EMPLOYMENT_TYPE, List.of(text("[itemtype*=\"JobPosting\"] [itemprop=\"employmentType\"]")),
                            JobField.DESCRIPTION_HTML, List.of(html("[itemtype*=\"JobPosting\"] [itemprop=\"description\"]")))));

    private SiteRules() {
    }
}
