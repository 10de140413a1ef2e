package dev.applypilot.shared.classify.eval;

import static dev.applypilot.shared.form.FieldType.*;

import dev.applypilot.shared.form.FieldType;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Maps the corpus label vocabularies to our {@link FieldType}. A term that maps to nothing is a meaning we do not
 * model, so the classifier should abstain there ({@code null}). Custom questions and consent are never auto-filled,
 * so they also map to "should abstain".
 *
 * <p>A <em>silent</em> label (JobFill's {@code null}, Mozilla's missing type, Chromium's {@code UNKNOWN_TYPE},
 * ApplyQuick's {@code unknown}) says only "none of this vocabulary's terms". It refutes a fill of a type the
 * vocabulary can name, but says nothing about a type it has no term for: JobFill, for one, has no age, EEO or
 * file term, and its test marks "Are you at least 18 years of age?" {@code null} because it is "not seniority, not
 * a birth date, not an essay" (diz1l/JobFill- tests/field-matcher.test.ts). Such fills are listed, not scored.
 */
final class ExpectedVocabulary {

    /**
     * One source's terms and the types its terms can name.
     *
     * @param terms         term → our type; {@code null} values are meanings we do not fill
     * @param alsoNameable  types named by terms too broad to map to one of ours (JobFill's "availability")
     */
    record Vocabulary(Map<String, FieldType> terms, Set<FieldType> alsoNameable) {

        FieldType type(String term) {
            return terms.get(term);
        }

        /** Whether a silent label in this vocabulary is evidence against a fill of type {@code t}. */
        boolean canName(FieldType t) {
            return terms.containsValue(t) || alsoNameable.contains(t);
        }
    }

    /** jobApplier sidecars ({@code expected_field_meanings}, curated per field, never silent), first word of the meaning. */
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
    static final Vocabulary MOZILLA = new Vocabulary(Map.ofEntries(
            Map.entry("given-name", GIVEN_NAME), Map.entry("family-name", FAMILY_NAME), Map.entry("name", FULL_NAME),
            Map.entry("email", EMAIL), Map.entry("tel", PHONE), Map.entry("tel-national", PHONE),
            Map.entry("tel-country-code", PHONE_COUNTRY_CODE), Map.entry("tel-extension", PHONE_EXTENSION),
            Map.entry("street-address", ADDRESS_LINE1), Map.entry("address-line1", ADDRESS_LINE1),
            Map.entry("address-line2", ADDRESS_LINE2), Map.entry("address-level2", CITY), Map.entry("address-level1", REGION),
            Map.entry("postal-code", POSTAL_CODE), Map.entry("country", COUNTRY), Map.entry("country-name", COUNTRY),
            Map.entry("organization", CURRENT_COMPANY)), Set.of());

    /** ApplyQuick ({@code labeled_fields.json}); its period dates (workStartDate, startYear ...) are meanings we do not fill. */
    static final Vocabulary APPLYQUICK = new Vocabulary(Map.ofEntries(
            Map.entry("firstName", GIVEN_NAME), Map.entry("lastName", FAMILY_NAME), Map.entry("preferredName", PREFERRED_NAME),
            Map.entry("email", EMAIL), Map.entry("phone", PHONE), Map.entry("street", ADDRESS_LINE1),
            Map.entry("city", CITY), Map.entry("state", REGION), Map.entry("postalCode", POSTAL_CODE), Map.entry("country", COUNTRY),
            Map.entry("school", SCHOOL), Map.entry("field", DISCIPLINE), Map.entry("resume", RESUME_FILE),
            Map.entry("fileUpload", RESUME_FILE), Map.entry("jobTitle", CURRENT_TITLE), Map.entry("company", CURRENT_COMPANY),
            Map.entry("gender", EEO_GENDER), Map.entry("race", EEO_RACE), Map.entry("veteran", EEO_VETERAN),
            Map.entry("disability", EEO_DISABILITY), Map.entry("website", WEBSITE_URL)), Set.of());

    /**
     * JobFill (diz1l/JobFill- {@code shared/field-matcher/dictionary.ts} and its test's coverage table). Terms we do
     * not fill (middleName, nameSuffix, nationality, dateOfBirth, drivingLicence, education level, preferredLanguage,
     * about, openQuestion) are absent, so they read as "should abstain".
     */
    static final Vocabulary JOBFILL = new Vocabulary(Map.ofEntries(
            Map.entry("firstName", GIVEN_NAME), Map.entry("lastName", FAMILY_NAME), Map.entry("fullName", FULL_NAME),
            Map.entry("preferredName", PREFERRED_NAME), Map.entry("email", EMAIL), Map.entry("phone", PHONE),
            Map.entry("linkedin", LINKEDIN_URL), Map.entry("github", GITHUB_URL), Map.entry("website", WEBSITE_URL),
            Map.entry("salary", SALARY_EXPECTATION), Map.entry("city", CITY), Map.entry("coverLetter", COVER_LETTER_TEXT),
            Map.entry("addressLine1", ADDRESS_LINE1), Map.entry("addressLine2", ADDRESS_LINE2), Map.entry("postalCode", POSTAL_CODE),
            Map.entry("state", REGION), Map.entry("country", COUNTRY), Map.entry("currentTitle", CURRENT_TITLE),
            Map.entry("currentEmployer", CURRENT_COMPANY), Map.entry("yearsOfExperience", YEARS_OF_EXPERIENCE)),
            // "website" also covers portfolios, "availability" start date and notice, "workPermit" authorization and sponsorship.
            EnumSet.of(PORTFOLIO_URL, START_DATE, NOTICE_PERIOD, WORK_AUTHORIZATION, SPONSORSHIP));

    /** Chromium heuristic types. */
    static final Vocabulary CHROMIUM = new Vocabulary(Map.ofEntries(
            Map.entry("NAME_FIRST", GIVEN_NAME), Map.entry("NAME_LAST", FAMILY_NAME), Map.entry("NAME_FULL", FULL_NAME),
            Map.entry("COMPANY_NAME", CURRENT_COMPANY), Map.entry("ADDRESS_HOME_LINE1", ADDRESS_LINE1),
            Map.entry("ADDRESS_HOME_STREET_ADDRESS", ADDRESS_LINE1), Map.entry("ADDRESS_HOME_LINE2", ADDRESS_LINE2),
            Map.entry("ADDRESS_HOME_CITY", CITY), Map.entry("ADDRESS_HOME_STATE", REGION), Map.entry("ADDRESS_HOME_ZIP", POSTAL_CODE),
            Map.entry("ADDRESS_HOME_COUNTRY", COUNTRY), Map.entry("EMAIL_ADDRESS", EMAIL),
            Map.entry("PHONE_HOME_WHOLE_NUMBER", PHONE), Map.entry("PHONE_HOME_CITY_AND_NUMBER", PHONE),
            Map.entry("PHONE_HOME_COUNTRY_CODE", PHONE_COUNTRY_CODE)), Set.of());

    /** Chromium's and ApplyQuick's "no type" terms. */
    static final Set<String> SILENT_TERMS = Set.of("UNKNOWN_TYPE", "unknown");

    private ExpectedVocabulary() {
    }

    /** First word of a sidecar meaning like {@code "phone_country (country picker ...)"}. */
    static FieldType sidecar(String meaning) {
        String key = meaning.trim();
        int cut = key.indexOf(' ');
        return SIDECAR.get(cut < 0 ? key : key.substring(0, cut));
    }
}
