package dev.applypilot.shared.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.applypilot.shared.ats.AtsAdapters;
import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldOption;
import dev.applypilot.shared.form.FieldType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldClassifierTest {

    private final FieldClassifier classifier = new FieldClassifier();

    private FieldType typeOf(FieldDescriptor f) {
        return classifier.classifyField(f, AtsAdapters.GENERIC_ADAPTER).type();
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | First Name*                  | GIVEN_NAME
            en | Last name                    | FAMILY_NAME
            en | Full name                    | FULL_NAME
            en | Email address                | EMAIL
            en | Mobile phone number          | PHONE
            en | Address line 2               | ADDRESS_LINE2
            en | ZIP / Postal code            | POSTAL_CODE
            en | LinkedIn Profile             | LINKEDIN_URL
            en | GitHub URL                   | GITHUB_URL
            en | Current company              | CURRENT_COMPANY
            en | Current job title            | CURRENT_TITLE
            en | Desired salary               | SALARY_EXPECTATION
            en | Notice period                | NOTICE_PERIOD
            de | Vorname                      | GIVEN_NAME
            de | Nachname                     | FAMILY_NAME
            de | E-Mail-Adresse               | EMAIL
            de | Telefonnummer                | PHONE
            de | Straße und Hausnummer        | ADDRESS_LINE1
            de | Postleitzahl                 | POSTAL_CODE
            de | Land                         | COUNTRY
            de | Gehaltsvorstellung           | SALARY_EXPECTATION
            de | Kündigungsfrist              | NOTICE_PERIOD
            fr | Prénom                       | GIVEN_NAME
            fr | Nom de famille               | FAMILY_NAME
            fr | Code postal                  | POSTAL_CODE
            fr | Ville                        | CITY
            fr | Prétentions salariales       | SALARY_EXPECTATION
            es | Apellidos                    | FAMILY_NAME
            es | Correo electrónico           | EMAIL
            es | Ciudad                       | CITY
            es | Código postal                | POSTAL_CODE
            nl | Voornaam                     | GIVEN_NAME
            nl | Achternaam                   | FAMILY_NAME
            nl | Woonplaats                   | CITY
            nl | Opzegtermijn                 | NOTICE_PERIOD
            it | Cognome                      | FAMILY_NAME
            it | Città                        | CITY
            it | Telefono                     | PHONE
            pt | Sobrenome                    | FAMILY_NAME
            pt | Cidade                       | CITY
            pt | Pretensão salarial           | SALARY_EXPECTATION
            pl | Imię                         | GIVEN_NAME
            pl | Nazwisko                     | FAMILY_NAME
            pl | Miasto                       | CITY
            pl | Kod pocztowy                 | POSTAL_CODE
            ru | Имя                          | GIVEN_NAME
            ru | Фамилия                      | FAMILY_NAME
            ru | Почтовый индекс              | POSTAL_CODE
            tr | Soyadı                       | FAMILY_NAME
            tr | Posta kodu                   | POSTAL_CODE
            cs | Příjmení                     | FAMILY_NAME
            cs | Jméno a příjmení             | FULL_NAME
            sk | Priezvisko                   | FAMILY_NAME
            da | Efternavn                    | FAMILY_NAME
            da | Postnummer                   | POSTAL_CODE
            sv | Förnamn                      | GIVEN_NAME
            sv | E-postadress                 | EMAIL
            fi | Sukunimi                     | FAMILY_NAME
            fi | Postitoimipaikka             | CITY
            fi | Puhelinnumero                | PHONE
            """)
    void labelPatternsRecogniseEachLanguage(String language, String label, FieldType expected) {
        assertEquals(expected, typeOf(Fields.text(label)), language + " " + label);
    }

    @ParameterizedTest(name = "\"{0}\" is not {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Why are you interested in this position?   | CURRENT_TITLE
            Country of citizenship                     | COUNTRY
            Referrer name                              | FULL_NAME
            Who referred you?                          | FULL_NAME
            Referral email                             | EMAIL
            Emergency contact phone                    | PHONE
            Company website                            | WEBSITE_URL
            Name on card                               | FULL_NAME
            Land-mark                                  | COUNTRY
            Current salary                             | SALARY_EXPECTATION
            Are you located in Canada?                 | COUNTRY
            Have you ever worked for this company?     | CURRENT_COMPANY
            Staatsangehörigkeit (Land)                 | COUNTRY
            Nationalité - pays                         | COUNTRY
            Brugernavn                                 | FULL_NAME
            Firmanavn                                  | FULL_NAME
            Отчество                                   | GIVEN_NAME
            """)
    void negativePatternsVeto(String label, FieldType notExpected) {
        FieldType got = typeOf(Fields.text(label));
        assertFalse(got == notExpected, label + " classified as " + got);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Are you at least 18 years of age?         | OVER_18 |
            Are you 18 years or older?                | OVER_18 |
            Sind Sie mindestens 18 Jahre alt?         | OVER_18 |
            Avez-vous au moins 18 ans ?               | OVER_18 | "au moins" is "at least", not "less than"
            ¿Es usted mayor de edad?                  | OVER_18 |
            Are you 40 years of age or older?         | UNKNOWN | another age: the over-18 fact does not answer it
            Are you at least 21 years of age?         | UNKNOWN |
            Are you under 18 years of age?            | UNKNOWN | inverted: a yes would mean a minor
            Avez-vous moins de 18 ans ?               | UNKNOWN | inverted
            Do you have 18 years of experience?       | YEARS_OF_EXPERIENCE | experience, not age
            """)
    void ageQuestionsAreTheOver18FactOnlyWhenTheyAskForEighteenOrOlder(String label, FieldType expected, String note) {
        assertEquals(expected, typeOf(Fields.select(label, "Yes", "No")), note);
    }

    @ParameterizedTest(name = "first option \"{1}\" (value \"{0}\") -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''       | Select country           | COUNTRY |
            ''       | — Provincia —            | REGION  |
            ''       | Willing to relocate?     | UNKNOWN | a placeholder never decides a legal or relocation answer
            Germany  | Germany                  | UNKNOWN | a real first choice is not a placeholder
            """)
    void anUnlabelledPickListIsNamedByItsEmptyFirstOption(String value, String text, FieldType expected, String note) {
        FieldDescriptor f = new FieldDescriptor("select", "select", "", "", "", "", "", "", "", "", "",
                List.of(new FieldOption(value, text), new FieldOption("a", "Alpha"), new FieldOption("b", "Beta")),
                false, true, true, "", Map.of());
        assertEquals(expected, typeOf(f), note);
    }

    @Test
    void questionLabelWinsOverAMisleadingId() {
        FieldDescriptor f = new FieldDescriptor("input", "text", "current_title", "current_title", "",
                "Why are you interested in this position?", "", "", "", "", "", List.of(), false, true, true, "", Map.of());
        assertEquals(FieldType.CUSTOM_QUESTION, typeOf(f));
    }

    @ParameterizedTest(name = "name/id {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            firstName                                       | GIVEN_NAME  |
            last_name                                       | FAMILY_NAME |
            details[order][customer][lastName]              | FAMILY_NAME |
            addressLine1                                    | ADDRESS_LINE1 |
            address2                                        | ADDRESS_LINE2 |
            zipcode                                         | POSTAL_CODE |
            shippingAddress_addressFields_emcrendered       | UNKNOWN     |
            referrer_name                                   | UNKNOWN     |
            address--postalCode                             | POSTAL_CODE | Greenhouse: "--" separates a namespace ("address" would veto a postal code)
            education-278--schoolName                       | SCHOOL      |
            school--0                                       | SCHOOL      | a trailing index is not the head
            """)
    void nameTokensUseTheIdentifierHead(String name, FieldType expected, String note) {
        assertEquals(expected, typeOf(Fields.named(name)), note);
    }

    @Test
    void autocompleteIsTheStrongestSignal() {
        Classification c = classifier.classifyField(Fields.input("text", "x1", "shipping given-name", "Whatever"), AtsAdapters.GENERIC_ADAPTER);
        assertEquals(FieldType.GIVEN_NAME, c.type());
        assertEquals(Reason.AUTOCOMPLETE, c.reason());
    }

    @Test
    void vendorRulesRecogniseKnownFieldNames() {
        Classification c = classifier.classifyField(Fields.named("urls[LinkedIn]"), AtsAdapters.ALL.get(1));
        assertEquals(FieldType.LINKEDIN_URL, c.type());
        assertEquals(Reason.ATS_RULE, c.reason());
    }

    @Test
    void placeholderIsTheWeakestSignalAndExamplesAreIgnored() {
        assertEquals(FieldType.EMAIL, typeOf(Fields.withPlaceholder("Your email")));
        assertEquals(Reason.PLACEHOLDER, classifier.classifyField(Fields.withPlaceholder("Your email"), AtsAdapters.GENERIC_ADAPTER).reason());
        assertEquals(FieldType.UNKNOWN, typeOf(Fields.withPlaceholder("e.g. Main Street, near City Center")));
    }

    @Test
    void documentsDependOnTheControl() {
        assertEquals(FieldType.RESUME_FILE, typeOf(Fields.file("Resume/CV")));
        assertEquals(FieldType.RESUME_FILE, typeOf(Fields.file("Lebenslauf")));
        assertEquals(FieldType.COVER_LETTER_FILE, typeOf(Fields.file("Cover letter")));
        assertEquals(FieldType.COVER_LETTER_TEXT, typeOf(Fields.textarea("Cover letter")));
        assertEquals(FieldType.UNKNOWN, typeOf(Fields.file("Photo")));
    }

    @Test
    void screeningQuestionsAreRecognised() {
        assertEquals(FieldType.SPONSORSHIP, typeOf(Fields.select("Will you now or in the future require visa sponsorship?", "Yes", "No")));
        assertEquals(FieldType.WORK_AUTHORIZATION, typeOf(Fields.select("Are you legally authorized to work in the United States?", "Yes", "No")));
        assertEquals(FieldType.REFERRAL_SOURCE, typeOf(Fields.select("How did you hear about us?", "LinkedIn", "Other")));
        assertEquals(FieldType.EEO_GENDER, typeOf(Fields.select("Gender", "Male", "Female")));
        assertEquals(FieldType.CONSENT, typeOf(Fields.checkbox("I agree to the privacy policy")));
        assertEquals(FieldType.CUSTOM_QUESTION, typeOf(Fields.textarea("What excites you about this role?")));
    }

    @Test
    void aLabelThatDoesNotFitTheControlIsNotOverruledByTheId() {
        FieldDescriptor radio = new FieldDescriptor("input", "radio", "countryCode", "", "", "Land", "", "", "", "", "",
                List.of(), false, true, true, "", Map.of());
        assertEquals(FieldType.UNKNOWN, typeOf(radio));
    }
}
