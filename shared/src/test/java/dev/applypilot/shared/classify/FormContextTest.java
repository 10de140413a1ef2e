package dev.applypilot.shared.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldOption;
import dev.applypilot.shared.form.FieldType;
import dev.applypilot.shared.form.FormDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decisions one field cannot make alone: they depend on the fields around it. */
class FormContextTest {

    private static FieldType lastType(FieldDescriptor... fields) {
        List<FieldDescriptor> all = new ArrayList<>(List.of(Fields.input("email", "email", "", "Email"), Fields.file("Resume/CV")));
        all.addAll(List.of(fields));
        FormClassification c = new FieldClassifier().classify(new FormDescriptor("https://jobs.example.com/apply", all, Set.of()));
        return c.fields().get(all.size() - 1).type();
    }

    @ParameterizedTest(name = "\"{0}\" ({1}) beside first and last name -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Your name        | customer_name       | FULL_NAME  | an explicit full-name wording asks for the full name
            Nom et prénom    | nom                 | FULL_NAME  |
            Name             | shipping.firstName  | GIVEN_NAME | a bare "Name": its own id says which part
            Name             | details[lastName]   | FAMILY_NAME |
            Name             | customer_name       | UNKNOWN    | a bare "Name" with a silent id stays ambiguous
            Name suffix      | suffix              | UNKNOWN    | one name word plus another is not a full-name wording
            """)
    void aNameBesideFirstAndLastNameFields(String label, String name, FieldType expected, String note) {
        assertEquals(expected, lastType(Fields.input("text", "first_name", "", "First name"), Fields.input("text", "last_name", "", "Last name"),
                Fields.input("text", name, "", label)), note);
    }

    @ParameterizedTest(name = "\"{1}\" after \"{0}\" -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Dirección        | Información adicional   | input    | ADDRESS_LINE2 | the line after address line 1
            Street address   | Additional information  | input    | ADDRESS_LINE2 |
            Street address   | Additional information  | textarea | UNKNOWN       | a text area is free text, not an address line
            Email address    | Additional information  | input    | UNKNOWN       | not after an address
            """)
    void additionalInformationRightAfterAddressLineOneIsLineTwo(String before, String label, String tag, FieldType expected, String note) {
        FieldDescriptor field = tag.equals("textarea") ? Fields.textarea(label) : Fields.text(label);
        assertEquals(expected, lastType(Fields.text("First name"), Fields.text("Last name"), Fields.text(before), field), note);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            select | country_id      | COUNTRY |
            select | AddressCountyId | REGION  |
            input  | country_id      | UNKNOWN | a typed id is not a country name
            """)
    void aPickListNamedAfterARecordIdChoosesThatRecord(String tag, String name, FieldType expected, String note) {
        List<FieldOption> options = List.of(new FieldOption("", "Select"), new FieldOption("17", "Germany"), new FieldOption("18", "France"));
        FieldDescriptor f = new FieldDescriptor(tag, tag.equals("select") ? "select" : "text", name, name, "", "", "", "", "", "", "",
                tag.equals("select") ? options : List.of(), false, true, true, "", Map.of());
        assertEquals(expected, lastType(Fields.text("First name"), Fields.text("Last name"), f), note);
    }
}
