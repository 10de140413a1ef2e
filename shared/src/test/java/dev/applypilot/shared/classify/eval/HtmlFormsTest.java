package dev.applypilot.shared.classify.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.applypilot.shared.ats.Ats;
import dev.applypilot.shared.classify.FieldClassifier;
import dev.applypilot.shared.classify.FillAction;
import dev.applypilot.shared.classify.FillDecision;
import dev.applypilot.shared.classify.FillOptions;
import dev.applypilot.shared.classify.FillPlanner;
import dev.applypilot.shared.classify.FormClassification;
import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldType;
import dev.applypilot.shared.form.FormDescriptor;
import dev.applypilot.shared.profile.Address;
import dev.applypilot.shared.profile.Contact;
import dev.applypilot.shared.profile.Phone;
import dev.applypilot.shared.profile.Profile;
import dev.applypilot.shared.profile.ScreeningFacts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** End to end on a page we wrote ourselves: jsoup DOM seam, classifier and planner together. */
class HtmlFormsTest {

    private static FormDescriptor load() throws IOException {
        try (InputStream in = HtmlFormsTest.class.getResourceAsStream("/autofill/greenhouse-like.html")) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return HtmlForms.read(Jsoup.parse(html), "https://www.acme.com/careers", null).form();
        }
    }

    private static int index(FormDescriptor form, String id) {
        for (int i = 0; i < form.fields().size(); i++) {
            FieldDescriptor f = form.fields().get(i);
            if (f.id().equals(id) || f.name().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void classifiesAndPlansAnEmbeddedGreenhouseForm() throws IOException {
        FormDescriptor form = load();
        FormClassification fc = new FieldClassifier().classify(form);
        assertEquals(Ats.GREENHOUSE, fc.ats().ats());
        assertTrue(fc.applicationForm());
        assertEquals(FieldType.GIVEN_NAME, fc.fields().get(index(form, "first_name")).type());
        assertEquals(FieldType.RESUME_FILE, fc.fields().get(index(form, "resume")).type());
        assertEquals(FieldType.CUSTOM_QUESTION, fc.fields().get(index(form, "q1")).type());
        assertFalse(fc.fields().get(index(form, "referrer")).fillable());
        assertFalse(fc.fields().get(index(form, "cit")).fillable());

        Profile profile = new Profile(new Contact("Ada", "Lovelace", null, "ada@example.com", new Phone("+441234567890", null),
                new Address(null, null, "London", null, "GB", null)), null, null, null, null, null, null,
                new ScreeningFacts(Map.of(), false, false, null, null, null, null, null, null, null, null, null));
        List<FillDecision> plan = FillPlanner.plan(form, fc, profile, FillOptions.defaults());
        FillDecision sponsorship = plan.get(index(form, "spon"));
        assertEquals(FillAction.SELECT_OPTION, sponsorship.action());
        assertEquals("0", sponsorship.value());
        for (String unsafe : List.of("hid", "hp", "honey", "pw")) {
            assertEquals(FillAction.ABSTAIN, plan.get(index(form, unsafe)).action(), unsafe);
        }
        assertEquals(FillAction.ABSTAIN, plan.get(index(form, "gdpr")).action());
    }
}
