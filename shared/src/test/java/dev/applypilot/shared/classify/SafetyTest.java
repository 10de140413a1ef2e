package dev.applypilot.shared.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.applypilot.shared.ats.AtsAdapters;
import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FormDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafetyTest {

    private final FieldClassifier classifier = new FieldClassifier();

    private static FieldDescriptor field(String type, String name, String label, boolean visible, boolean enabled, Map<String, String> attrs) {
        return new FieldDescriptor("input", type, name, name, "", label, "", "", "", "", "", List.of(), false, visible, enabled, "", attrs);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hidden email                 | text     | email          | Email                       | false | true  |
            disabled email               | text     | email          | Email                       | true  | false |
            honeypot name                | text     | honeypot_email | Email                       | true  | true  |
            leave-blank label            | text     | website2       | Leave this field blank      | true  | true  |
            aria-hidden                  | text     | first_name     | First name                  | true  | true  | aria-hidden
            password                     | password | password       | Password                    | true  | true  |
            card number                  | text     | cardnumber     | Card number                 | true  | true  |
            unlabelled tabindex -1       | text     | email_confirm  |                             | true  | true  | tabindex
            """)
    void unsafeFieldsAreNeverFillable(String title, String type, String name, String label, boolean visible, boolean enabled, String flag) {
        Map<String, String> attrs = flag == null ? Map.of() : flag.equals("aria-hidden") ? Map.of("aria-hidden", "true") : Map.of("tabindex", "-1");
        Classification c = classifier.classifyField(field(type, name, label == null ? "" : label, visible, enabled, attrs),
                AtsAdapters.GENERIC_ADAPTER);
        assertFalse(c.fillable(), title);
        assertEquals(Reason.SAFETY, c.reason(), title);
    }

    @Test
    void plannerAbstainsOnHiddenHoneypotAndPasswordFieldsOfARealApplicationForm() {
        List<FieldDescriptor> fields = new ArrayList<>(List.of(
                Fields.input("text", "first_name", "", "First name"), Fields.input("text", "last_name", "", "Last name"),
                Fields.input("email", "email", "", "Email"), Fields.file("Resume"),
                field("text", "phone", "Phone", false, true, Map.of()),
                field("text", "hp_honeypot", "Phone", true, true, Map.of()),
                field("password", "password", "Password", true, true, Map.of())));
        FormDescriptor form = new FormDescriptor("https://example.com/apply", fields, Set.of());
        FormClassification fc = classifier.classify(form);
        List<FillDecision> plan = FillPlanner.plan(form, fc, Profiles.sample(), FillOptions.defaults());
        for (int i = 4; i < 7; i++) {
            assertEquals(FillAction.ABSTAIN, plan.get(i).action(), fields.get(i).name());
            assertEquals(AbstainReason.UNSAFE, plan.get(i).abstainReason());
        }
        assertEquals(FillAction.TYPE_TEXT, plan.get(0).action());
    }

    @Test
    void formWithTooFewRecognisedFieldsIsNotFilled() {
        FormDescriptor newsletter = new FormDescriptor("https://example.com", List.of(Fields.input("email", "email", "", "Email")), Set.of());
        FormClassification fc = classifier.classify(newsletter);
        assertFalse(fc.applicationForm());
        assertFalse(fc.fields().get(0).fillable());
    }
}
