package dev.applypilot.shared.ats;

import static dev.applypilot.shared.form.FieldType.*;
import static java.util.Map.entry;

import dev.applypilot.shared.form.FormDescriptor;
import java.util.List;
import java.util.Map;

/** The registry: one adapter per vendor, and vendor detection by URL first, DOM markers second. */
public final class AtsAdapters {

    /** Adapter used when no vendor is recognised: no hosts, no known fields. */
    public static final AtsAdapter GENERIC_ADAPTER = new AtsAdapter(Ats.GENERIC, List.of(), List.of(), Map.of());

    /** Every vendor adapter, in detection order. */
    public static final List<AtsAdapter> ALL = List.of(
            greenhouse(), lever(), workday(), ashby(), smartRecruiters(), icims(), workable(), bambooHr(), jobvite(), taleo(),
            teamtailor(), breezy());

    private AtsAdapters() {
    }

    /** The vendor of a form: URL host match wins; else the first adapter with a matching DOM marker; else generic. */
    public static AtsAdapter detect(FormDescriptor form) {
        for (AtsAdapter a : ALL) {
            if (a.matchesUrl(form.url())) {
                return a;
            }
        }
        for (AtsAdapter a : ALL) {
            for (String marker : a.domMarkers()) {
                if (form.domMarkers().contains(marker)) {
                    return a;
                }
            }
        }
        return GENERIC_ADAPTER;
    }

    static AtsAdapter greenhouse() {
        return new AtsAdapter(Ats.GREENHOUSE, List.of("greenhouse.io"), List.of("#grnhse_app", "iframe#grnhse_iframe"), Map.ofEntries(
                entry("first_name", GIVEN_NAME), entry("job_application[first_name]", GIVEN_NAME),
                entry("last_name", FAMILY_NAME), entry("job_application[last_name]", FAMILY_NAME),
                entry("preferred_name", PREFERRED_NAME),
                entry("email", EMAIL), entry("job_application[email]", EMAIL),
                entry("phone", PHONE), entry("job_application[phone]", PHONE),
                // On the React board the "country" combobox next to the phone sets the dialling prefix.
                entry("country", PHONE_COUNTRY_CODE),
                entry("candidate-location", CITY), entry("job_application[location]", CITY),
                entry("resume", RESUME_FILE), entry("cover_letter", COVER_LETTER_FILE),
                entry("cover_letter_text", COVER_LETTER_TEXT),
                entry("school--*", SCHOOL), entry("degree--*", DEGREE), entry("discipline--*", DISCIPLINE),
                entry("gender", EEO_GENDER), entry("hispanic_ethnicity", EEO_RACE), entry("race", EEO_RACE),
                entry("veteran_status", EEO_VETERAN), entry("disability_status", EEO_DISABILITY)));
    }

    static AtsAdapter lever() {
        return new AtsAdapter(Ats.LEVER, List.of("jobs.lever.co", "jobs.eu.lever.co"), List.of(".lever-application"), Map.ofEntries(
                entry("name", FULL_NAME), entry("email", EMAIL), entry("phone", PHONE), entry("org", CURRENT_COMPANY),
                entry("location", UNKNOWN), entry("resume", RESUME_FILE),
                // Employer-defined question cards go to the answer bank, whatever they ask.
                entry("cards[*", CUSTOM_QUESTION),
                entry("urls[LinkedIn]", LINKEDIN_URL), entry("urls[GitHub]", GITHUB_URL), entry("urls[Portfolio]", PORTFOLIO_URL),
                entry("urls[Twitter]", UNKNOWN), entry("urls[Other]", UNKNOWN), entry("pronouns", UNKNOWN),
                entry("customPronounsOption", UNKNOWN), entry("consent[marketing]", CONSENT), entry("consent[store]", CONSENT),
                entry("eeo[gender]", EEO_GENDER), entry("eeo[race]", EEO_RACE), entry("eeo[veteran]", EEO_VETERAN),
                entry("eeo[disability]", EEO_DISABILITY)));
    }

    static AtsAdapter workday() {
        return new AtsAdapter(Ats.WORKDAY, List.of("myworkdayjobs.com", "myworkday.com", "workday.com"), List.of("[data-automation-id]"),
                Map.ofEntries(
                        entry("legalNameSection_firstName", GIVEN_NAME), entry("legalNameSection_lastName", FAMILY_NAME),
                        entry("legalNameSection_middleName", UNKNOWN), entry("legalNameSection_socialSuffix", UNKNOWN),
                        entry("legalNameSection_title", UNKNOWN), entry("email", EMAIL), entry("phone-number", PHONE),
                        entry("phone-device-type", UNKNOWN), entry("countryPhoneCode", PHONE_COUNTRY_CODE),
                        entry("phone-extension", PHONE_EXTENSION),
                        entry("addressSection_addressLine1", ADDRESS_LINE1), entry("addressSection_addressLine2", ADDRESS_LINE2),
                        entry("addressSection_city", CITY), entry("addressSection_countryRegion", REGION),
                        entry("addressSection_postalCode", POSTAL_CODE), entry("addressSection_country", COUNTRY),
                        entry("countryDropdown", COUNTRY), entry("source--source", REFERRAL_SOURCE),
                        entry("file-upload-input-ref", RESUME_FILE),
                        entry("linkedinQuestion", LINKEDIN_URL)));
    }

    static AtsAdapter ashby() {
        return new AtsAdapter(Ats.ASHBY, List.of("jobs.ashbyhq.com", "ashbyhq.com"), List.of(".ashby-application-form-container"), Map.of(
                "_systemfield_name", FULL_NAME, "_systemfield_email", EMAIL, "_systemfield_phone", PHONE,
                "_systemfield_resume", RESUME_FILE, "_systemfield_location", UNKNOWN, "_systemfield_linkedin", LINKEDIN_URL));
    }

    static AtsAdapter smartRecruiters() {
        return new AtsAdapter(Ats.SMARTRECRUITERS, List.of("smartrecruiters.com"), List.of("oc-oneclick-form"), Map.of(
                "firstName", GIVEN_NAME, "lastName", FAMILY_NAME, "email", EMAIL, "confirmEmail", EMAIL,
                "phoneNumber", PHONE, "linkedInProfile", LINKEDIN_URL));
    }

    static AtsAdapter icims() {
        return new AtsAdapter(Ats.ICIMS, List.of("icims.com"), List.of("#icims_content_iframe"), Map.of(
                "*PersonProfileFields.FirstName", GIVEN_NAME, "*PersonProfileFields.LastName", FAMILY_NAME,
                "*PersonProfileFields.Email", EMAIL, "*PersonProfileFields.AddressStreet1", ADDRESS_LINE1,
                "*PersonProfileFields.AddressStreet2", ADDRESS_LINE2, "*PersonProfileFields.AddressCity", CITY,
                "*PersonProfileFields.AddressState", REGION, "*PersonProfileFields.AddressZip", POSTAL_CODE,
                "*PersonProfileFields.AddressCountry", COUNTRY, "*CandProfileFields.School", SCHOOL));
    }

    static AtsAdapter workable() {
        return new AtsAdapter(Ats.WORKABLE, List.of("apply.workable.com", "workable.com"), List.of("[data-ui=application-form]"),
                Map.of("firstname", GIVEN_NAME, "lastname", FAMILY_NAME, "email", EMAIL, "phone", PHONE, "address", ADDRESS_LINE1,
                        "headline", UNKNOWN, "summary", UNKNOWN, "cover_letter", COVER_LETTER_TEXT, "gdpr", CONSENT));
    }

    static AtsAdapter bambooHr() {
        return new AtsAdapter(Ats.BAMBOOHR, List.of("bamboohr.com"), List.of(), Map.of(
                "firstName", GIVEN_NAME, "lastName", FAMILY_NAME, "email", EMAIL, "phone", PHONE, "streetAddress", ADDRESS_LINE1,
                "dateAvailable", START_DATE, "desiredPay", SALARY_EXPECTATION, "websiteUrl", WEBSITE_URL, "linkedinUrl", LINKEDIN_URL));
    }

    static AtsAdapter jobvite() {
        return new AtsAdapter(Ats.JOBVITE, List.of("jobvite.com"), List.of(".jv-application-form"), Map.of());
    }

    static AtsAdapter taleo() {
        return new AtsAdapter(Ats.TALEO, List.of("taleo.net"), List.of(), Map.of());
    }

    static AtsAdapter teamtailor() {
        return new AtsAdapter(Ats.TEAMTAILOR, List.of("teamtailor.com"), List.of(), Map.of(
                "candidate[first_name]", GIVEN_NAME, "candidate[last_name]", FAMILY_NAME, "candidate[email]", EMAIL,
                "candidate[phone]", PHONE, "candidate[resume]", RESUME_FILE));
    }

    static AtsAdapter breezy() {
        return new AtsAdapter(Ats.BREEZY, List.of("breezy.hr"), List.of(), Map.of());
    }
}
