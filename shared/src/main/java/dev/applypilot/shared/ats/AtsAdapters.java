package dev.applypilot.shared.ats;

import dev.applypilot.shared.form.FieldType;
import dev.applypilot.shared.form.FormDescriptor;
import dev.applypilot.shared.format.Text;
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
        return new AtsAdapter(Ats.GREENHOUSE, List.of("greenhouse.io"), List.of("#grnhse_app", "iframe#grnhse_iframe"), knownFields(""
                + "first_name=GIVEN_NAME job_application[first_name]=GIVEN_NAME "
                + "last_name=FAMILY_NAME job_application[last_name]=FAMILY_NAME "
                + "preferred_name=PREFERRED_NAME "
                + "email=EMAIL job_application[email]=EMAIL "
                + "phone=PHONE job_application[phone]=PHONE "
                // On the React board the "country" combobox next to the phone sets the dialling prefix.
                + "country=PHONE_COUNTRY_CODE "
                + "candidate-location=CITY job_application[location]=CITY "
                + "resume=RESUME_FILE cover_letter=COVER_LETTER_FILE "
                + "cover_letter_text=COVER_LETTER_TEXT "
                + "school--*=SCHOOL degree--*=DEGREE discipline--*=DISCIPLINE "
                + "gender=EEO_GENDER hispanic_ethnicity=EEO_RACE race=EEO_RACE "
                + "veteran_status=EEO_VETERAN disability_status=EEO_DISABILITY"));
    }

    static AtsAdapter lever() {
        return new AtsAdapter(Ats.LEVER, List.of("jobs.lever.co", "jobs.eu.lever.co"), List.of(".lever-application"), knownFields(""
                + "name=FULL_NAME email=EMAIL phone=PHONE org=CURRENT_COMPANY "
                + "location=UNKNOWN resume=RESUME_FILE "
                // Employer-defined question cards go to the answer bank, whatever they ask.
                + "cards[*=CUSTOM_QUESTION "
                + "urls[LinkedIn]=LINKEDIN_URL urls[GitHub]=GITHUB_URL urls[Portfolio]=PORTFOLIO_URL "
                + "urls[Twitter]=UNKNOWN urls[Other]=UNKNOWN pronouns=UNKNOWN "
                + "customPronounsOption=UNKNOWN consent[marketing]=CONSENT consent[store]=CONSENT "
                + "eeo[gender]=EEO_GENDER eeo[race]=EEO_RACE eeo[veteran]=EEO_VETERAN "
                + "eeo[disability]=EEO_DISABILITY"));
    }

    static AtsAdapter workday() {
        return new AtsAdapter(Ats.WORKDAY, List.of("myworkdayjobs.com", "myworkday.com", "workday.com"), List.of("[data-automation-id]"),
                knownFields(""
                        + "legalNameSection_firstName=GIVEN_NAME legalNameSection_lastName=FAMILY_NAME "
                        + "legalNameSection_middleName=UNKNOWN legalNameSection_socialSuffix=UNKNOWN "
                        + "legalNameSection_title=UNKNOWN email=EMAIL phone-number=PHONE "
                        + "phone-device-type=UNKNOWN countryPhoneCode=PHONE_COUNTRY_CODE "
                        + "phone-extension=PHONE_EXTENSION "
                        + "addressSection_addressLine1=ADDRESS_LINE1 addressSection_addressLine2=ADDRESS_LINE2 "
                        + "addressSection_city=CITY addressSection_countryRegion=REGION "
                        + "addressSection_postalCode=POSTAL_CODE addressSection_country=COUNTRY "
                        + "countryDropdown=COUNTRY source--source=REFERRAL_SOURCE "
                        + "file-upload-input-ref=RESUME_FILE "
                        + "linkedinQuestion=LINKEDIN_URL"));
    }

    static AtsAdapter ashby() {
        return new AtsAdapter(Ats.ASHBY, List.of("jobs.ashbyhq.com", "ashbyhq.com"), List.of(".ashby-application-form-container"), knownFields(""
                + "_systemfield_name=FULL_NAME _systemfield_email=EMAIL _systemfield_phone=PHONE "
                + "_systemfield_resume=RESUME_FILE _systemfield_location=UNKNOWN _systemfield_linkedin=LINKEDIN_URL"));
    }

    static AtsAdapter smartRecruiters() {
        return new AtsAdapter(Ats.SMARTRECRUITERS, List.of("smartrecruiters.com"), List.of("oc-oneclick-form"), knownFields(""
                + "firstName=GIVEN_NAME lastName=FAMILY_NAME email=EMAIL confirmEmail=EMAIL "
                + "phoneNumber=PHONE linkedInProfile=LINKEDIN_URL"));
    }

    static AtsAdapter icims() {
        return new AtsAdapter(Ats.ICIMS, List.of("icims.com"), List.of("#icims_content_iframe"), knownFields(""
                + "*PersonProfileFields.FirstName=GIVEN_NAME *PersonProfileFields.LastName=FAMILY_NAME "
                + "*PersonProfileFields.Email=EMAIL *PersonProfileFields.AddressStreet1=ADDRESS_LINE1 "
                + "*PersonProfileFields.AddressStreet2=ADDRESS_LINE2 *PersonProfileFields.AddressCity=CITY "
                + "*PersonProfileFields.AddressState=REGION *PersonProfileFields.AddressZip=POSTAL_CODE "
                + "*PersonProfileFields.AddressCountry=COUNTRY *CandProfileFields.School=SCHOOL"));
    }

    static AtsAdapter workable() {
        return new AtsAdapter(Ats.WORKABLE, List.of("apply.workable.com", "workable.com"), List.of("[data-ui=application-form]"),
                knownFields(""
                + "firstname=GIVEN_NAME lastname=FAMILY_NAME email=EMAIL phone=PHONE address=ADDRESS_LINE1 "
                + "headline=UNKNOWN summary=UNKNOWN cover_letter=COVER_LETTER_TEXT gdpr=CONSENT"));
    }

    static AtsAdapter bambooHr() {
        return new AtsAdapter(Ats.BAMBOOHR, List.of("bamboohr.com"), List.of(), knownFields(""
                + "firstName=GIVEN_NAME lastName=FAMILY_NAME email=EMAIL phone=PHONE streetAddress=ADDRESS_LINE1 "
                + "dateAvailable=START_DATE desiredPay=SALARY_EXPECTATION websiteUrl=WEBSITE_URL linkedinUrl=LINKEDIN_URL"));
    }

    static AtsAdapter jobvite() {
        return new AtsAdapter(Ats.JOBVITE, List.of("jobvite.com"), List.of(".jv-application-form"), Map.of());
    }

    static AtsAdapter taleo() {
        return new AtsAdapter(Ats.TALEO, List.of("taleo.net"), List.of(), Map.of());
    }

    static AtsAdapter teamtailor() {
        return new AtsAdapter(Ats.TEAMTAILOR, List.of("teamtailor.com"), List.of(), knownFields(""
                + "candidate[first_name]=GIVEN_NAME candidate[last_name]=FAMILY_NAME candidate[email]=EMAIL "
                + "candidate[phone]=PHONE candidate[resume]=RESUME_FILE"));
    }

    static AtsAdapter breezy() {
        return new AtsAdapter(Ats.BREEZY, List.of("breezy.hr"), List.of(), Map.of());
    }

    /**
     * Parses {@code "key=TYPE key=TYPE ..."} into {@link AtsAdapter#knownFields()}, entries in the written order: one
     * string per vendor costs the autofill script less than a {@code Map.entry} call per key.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, FieldType> knownFields(String pairs) {
        List<String> parts = Text.splitOn(pairs, ' ');
        Map.Entry<String, FieldType>[] entries = new Map.Entry[parts.size()];
        for (int i = 0; i < entries.length; i++) {
            String pair = parts.get(i);
            int eq = pair.lastIndexOf('=');
            entries[i] = Map.entry(pair.substring(0, eq), FieldType.named(pair.substring(eq + 1)));
        }
        return Map.ofEntries(entries);
    }
}
