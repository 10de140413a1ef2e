package dev.applypilot.shared.classify.eval;

import static dev.applypilot.shared.form.FieldType.*;

import dev.applypilot.shared.form.FieldType;
import java.util.Map;

/**
 * Maps the corpus label vocabularies to our {@link FieldType}. Anything unmapped is a meaning we do not
 * model, so the classifier should abstain there ({@code null}). Custom questions and consent are never
 * auto-filled, so they also map to "should abstain".
 */
final class ExpectedVocabulary {

    /** jobApplier sidecars ({@code expected_field_meanings}), first word of the meaning. */
    static final Map<String, FieldType> SIDECAR = Map.ofEntries(
            Map.entry("first_name", GIVEN_NAME), Map.entry("last_name", FAMILY_NAME), Map.entry("full_name", FULL_NAME),
            Map.entry("preferred_name", PREFERRED_NAME), Map.entry("email", EMAIL), Map.entry("phone", PHONE),
            Map.entry("phone_country", PHONE_COUNTRY_CODE), Map.entry("resume_upload", RESUME_FILE),
            Map.entry("cover_letter_upload", COVER_LETTER_FILE), Map.entry("cover_letter_text", COVER_LETTER_TEXT),
            Map.entry("linkedin_url", LINKEDIN_URL), Map.entry("github_url", GITHUB_URL), Map.entry("portfolio_url", PORTFOLIO_URL),
            Map.entry("current_company", CURRENT_COMPANY), Map.entry("address_street", ADDRESS_LINE1), Map.entry("city", CITY),
            Map.entry("postal_code", POSTAL_CODE), Map.entry("country", COUNTRY), Map.entry("country_of_residence", COUNTRY),
            Map.entry("visa_sponsorship_required", SPONSORSHIP), Map.entry("work_authorization=yes", WORK_AUTHORIZATION),
            Map.entry("work_authorization=no", WORK_AUTHORIZATION), Map.entry("desired_salary", SALARY_EXPECTATION),
            Map.entry("notice_period", NOTICE_PERIOD), Map.entry("eeo_gender", EEO_GENDER), Map.entry("eeo_hispanic_latino", EEO_RACE),
            Map.entry("eeo_race", EEO_RACE), Map.entry("eeo_veteran", EEO_VETERAN), Map.entry("eeo_disability", EEO_DISABILITY));

    /** Mozilla {@code data-moz-autofill-type}. */
    static final Map<String, FieldType> MOZILLA = Map.ofEntries(
            Map.entry("given-name", GIVEN_NAME), Map.entry("family-name", FAMILY_NAME), Map.entry("name", FULL_NAME),
            Map.entry("email", EMAIL), Map.entry("tel", PHONE), Map.entry("tel-national", PHONE),
            Map.entry("tel-country-code", PHONE_COUNTRY_CODE), Map.entry("tel-extension", PHONE_EXTENSION),
            Map.entry("street-address", ADDRESS_LINE1), Map.entry("address-line1", ADDRESS_LINE1),
            Map.entry("address-line2", ADDRESS_LINE2), Map.entry("address-level2", CITY), Map.entry("address-level1", REGION),
            Map.entry("postal-code", POSTAL_CODE), Map.entry("country", COUNTRY), Map.entry("country-name", COUNTRY),
            Map.entry("organization", CURRENT_COMPANY));

    /** ApplyQuick and JobFill (camelCase) vocabularies. */
    static final Map<String, FieldType> CAMEL = Map.ofEntries(
            Map.entry("firstName", GIVEN_NAME), Map.entry("lastName", FAMILY_NAME), Map.entry("preferredName", PREFERRED_NAME),
            Map.entry("email", EMAIL), Map.entry("phone", PHONE), Map.entry("street", ADDRESS_LINE1),
            Map.entry("addressLine1", ADDRESS_LINE1), Map.entry("addressLine2", ADDRESS_LINE2), Map.entry("city", CITY),
            Map.entry("state", REGION), Map.entry("postalCode", POSTAL_CODE), Map.entry("country", COUNTRY),
            Map.entry("school", SCHOOL), Map.entry("field", DISCIPLINE), Map.entry("resume", RESUME_FILE),
            Map.entry("fileUpload", RESUME_FILE), Map.entry("jobTitle", CURRENT_TITLE), Map.entry("company", CURRENT_COMPANY),
            Map.entry("gender", EEO_GENDER), Map.entry("race", EEO_RACE), Map.entry("veteran", EEO_VETERAN),
            Map.entry("disability", EEO_DISABILITY), Map.entry("website", WEBSITE_URL), Map.entry("coverLetter", COVER_LETTER_TEXT),
            Map.entry("salary", SALARY_EXPECTATION));

    /** Chromium heuristic types. */
    static final Map<String, FieldType> CHROMIUM = Map.ofEntries(
            Map.entry("NAME_FIRST", GIVEN_NAME), Map.entry("NAME_LAST", FAMILY_NAME), Map.entry("NAME_FULL", FULL_NAME),
            Map.entry("COMPANY_NAME", CURRENT_COMPANY), Map.entry("ADDRESS_HOME_LINE1", ADDRESS_LINE1),
            Map.entry("ADDRESS_HOME_STREET_ADDRESS", ADDRESS_LINE1), Map.entry("ADDRESS_HOME_LINE2", ADDRESS_LINE2),
            Map.entry("ADDRESS_HOME_CITY", CITY), Map.entry("ADDRESS_HOME_STATE", REGION), Map.entry("ADDRESS_HOME_ZIP", POSTAL_CODE),
            Map.entry("ADDRESS_HOME_COUNTRY", COUNTRY), Map.entry("EMAIL_ADDRESS", EMAIL),
            Map.entry("PHONE_HOME_WHOLE_NUMBER", PHONE), Map.entry("PHONE_HOME_CITY_AND_NUMBER", PHONE),
            Map.entry("PHONE_HOME_COUNTRY_CODE", PHONE_COUNTRY_CODE));

    private ExpectedVocabulary() {
    }

    /** First word of a sidecar meaning like {@code "phone_country (country picker ...)"}. */
    static FieldType sidecar(String meaning) {
        String key = meaning.trim();
        int cut = key.indexOf(' ');
        return SIDECAR.get(cut < 0 ? key : key.substring(0, cut));
    }
}
