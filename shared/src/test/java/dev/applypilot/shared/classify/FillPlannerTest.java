package dev.applypilot.shared.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldOption;
import dev.applypilot.shared.form.FormDescriptor;
import dev.applypilot.shared.format.PhoneFormat;
import dev.applypilot.shared.profile.Profile;
import dev.applypilot.shared.profile.ScreeningFacts;
import dev.applypilot.shared.profile.WorkAuthorization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FillPlannerTest {

    private static final List<FieldDescriptor> BASE = List.of(
            Fields.input("text", "first_name", "", "First name"), Fields.input("text", "last_name", "", "Last name"),
            Fields.input("email", "email", "", "Email"), Fields.file("Resume/CV"));

    private static FillDecision planOne(FieldDescriptor extra, Profile profile, FillOptions options) {
        List<FieldDescriptor> fields = new ArrayList<>(BASE);
        fields.add(extra);
        FormDescriptor form = new FormDescriptor("https://jobs.example.com/apply", fields, Set.of());
        List<FillDecision> plan = FillPlanner.plan(form, new FieldClassifier().classify(form), profile, options);
        return plan.get(plan.size() - 1);
    }

    private static FillDecision planOne(FieldDescriptor extra) {
        return planOne(extra, Profiles.sample(), FillOptions.defaults());
    }

    private static String picked(FillDecision d, FieldDescriptor f) {
        for (FieldOption o : f.options()) {
            if (o.value().equals(d.value())) {
                return o.text();
            }
        }
        return d.action() + ":" + d.abstainReason();
    }

    @Test
    void fillsContactFieldsAndAttachesTheResume() {
        FormDescriptor form = new FormDescriptor("https://x", BASE, Set.of());
        List<FillDecision> plan = FillPlanner.plan(form, new FieldClassifier().classify(form), Profiles.sample(), FillOptions.defaults());
        assertEquals("Anna", plan.get(0).value());
        assertEquals("Schmidt", plan.get(1).value());
        assertEquals("anna@example.com", plan.get(2).value());
        assertEquals(FileSlot.RESUME, plan.get(3).fileSlot());
    }

    @Test
    void sponsorshipIsAnsweredThroughTheSingleNegatedOption() {
        FieldDescriptor f = Fields.select("Will you now or in the future require visa sponsorship?",
                "Select...", "Yes, I will require sponsorship", "No, I do not need sponsorship");
        // sample: now=false, future=true -> "now or in the future" means yes
        assertEquals("Yes, I will require sponsorship", picked(planOne(f), f));
        FieldDescriptor nowOnly = Fields.select("Do you currently require sponsorship?", "I will require sponsorship",
                "I will not require sponsorship");
        assertEquals("I will not require sponsorship", picked(planOne(nowOnly), nowOnly));
    }

    @Test
    void workAuthorizationNeedsACountryAndAKnownFact() {
        FieldDescriptor de = Fields.select("Are you legally authorized to work in Germany?", "Ja", "Nein");
        assertEquals("Ja", picked(planOne(de), de));
        FieldDescriptor us = Fields.select("Are you legally authorized to work in the United States?", "Yes", "No");
        assertEquals("No", picked(planOne(us), us));
        FieldDescriptor vague = Fields.select("Are you legally authorized to work in the country of this job?", "Yes", "No");
        assertEquals(AbstainReason.NO_PROFILE_VALUE, planOne(vague).abstainReason());
        FieldDescriptor fr = Fields.select("Are you authorized to work in France?", "Yes", "No");
        assertEquals(AbstainReason.NO_PROFILE_VALUE, planOne(fr).abstainReason());
    }

    @Test
    void unknownFactsAndFreeTextLegalQuestionsAbstain() {
        Profile unknown = Profiles.withScreening(new ScreeningFacts(Map.of("DE", WorkAuthorization.AUTHORIZED), null, null, null,
                null, null, null, null, null, null, null, null));
        FieldDescriptor f = Fields.select("Do you require visa sponsorship?", "Yes", "No");
        assertEquals(FillAction.ABSTAIN, planOne(f, unknown, FillOptions.defaults()).action());
        FieldDescriptor text = Fields.text("Are you legally authorized to work in Germany?");
        assertEquals(AbstainReason.LEGAL_NEEDS_CHOICE, planOne(text).abstainReason());
        FieldDescriptor criminal = Fields.select("Have you ever been convicted of a felony?", "Yes", "No");
        assertEquals(FillAction.ABSTAIN, planOne(criminal).action());
    }

    @Test
    void eeoUsesSynonymsAndDeclineOptions() {
        FieldDescriptor gender = Fields.select("Gender", "Male", "Female", "Decline to self-identify");
        assertEquals("Female", picked(planOne(gender), gender));
        FieldDescriptor race = Fields.select("Race / Ethnicity", "White", "Asian", "I don't wish to answer");
        assertEquals("I don't wish to answer", picked(planOne(race), race));
        FieldDescriptor veteran = Fields.select("Veteran status", "I am a protected veteran",
                "I am not a protected veteran", "I don't wish to answer");
        assertEquals("I am not a protected veteran", picked(planOne(veteran), veteran));
        FieldDescriptor disability = Fields.select("Disability status", "Yes", "No", "I don't wish to answer");
        assertEquals(AbstainReason.NO_PROFILE_VALUE, planOne(disability).abstainReason());
    }

    @Test
    void countryCodeAndPhoneAreSplitWhenTheFormHasBoth() {
        FormDescriptor form = new FormDescriptor("https://x", List.of(BASE.get(0), BASE.get(1), BASE.get(2), BASE.get(3),
                Fields.select("Country code", "Austria (+43)", "Germany (+49)"), Fields.input("tel", "phone", "", "Phone")), Set.of());
        List<FillDecision> plan = FillPlanner.plan(form, new FieldClassifier().classify(form), Profiles.sample(), FillOptions.defaults());
        assertEquals("Germany (+49)", plan.get(4).value());
        assertEquals("015112345678", plan.get(5).value());
    }

    @Test
    void phoneFormatFollowsTheOptions() {
        FieldDescriptor phone = Fields.input("tel", "phone", "", "Phone");
        assertEquals("+4915112345678", planOne(phone).value());
        assertEquals("4915112345678", planOne(phone, Profiles.sample(), new FillOptions(false, PhoneFormat.DIGITS)).value());
    }

    @Test
    void datesFollowThePlaceholder() {
        FieldDescriptor us = new FieldDescriptor("input", "text", "", "", "", "Earliest start date", "", "", "MM/DD/YYYY", "", "",
                List.of(), false, true, true, "", Map.of());
        assertEquals("03/01/2025", planOne(us).value());
        FieldDescriptor de = new FieldDescriptor("input", "text", "", "", "", "Eintrittsdatum", "", "", "TT.MM.JJJJ", "", "",
                List.of(), false, true, true, "", Map.of());
        assertEquals("01.03.2025", planOne(de).value());
    }

    @Test
    void onlyEmptyFieldsUnlessOverwrite() {
        FieldDescriptor filled = new FieldDescriptor("input", "text", "city", "city", "", "City", "", "", "", "", "",
                List.of(), false, true, true, "Munich", Map.of());
        assertEquals(AbstainReason.ALREADY_FILLED, planOne(filled).abstainReason());
        assertEquals("Berlin", planOne(filled, Profiles.sample(), new FillOptions(true, PhoneFormat.E164)).value());
    }

    @Test
    void customQuestionsAndConsentAbstain() {
        assertEquals(AbstainReason.CUSTOM_QUESTION, planOne(Fields.textarea("Why do you want to join us?")).abstainReason());
        assertEquals(AbstainReason.CONSENT_NEEDS_USER, planOne(Fields.checkbox("I agree to the privacy policy")).abstainReason());
    }
}
