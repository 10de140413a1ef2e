package dev.applypilot.shared.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileJsonTest {

    /** Jackson configured like Micronaut serde's defaults: record component names, enums by name, NON_EMPTY. */
    private final ObjectMapper serdeLike = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    static Profile full() {
        return new Profile(
                new Contact("Anna", "Schmidt", "Ann", "anna@example.com", new Phone("+4915112345678", "0151 1234 5678"),
                        new Address("Hauptstraße 1", null, "Berlin", "Berlin", "DE", "10115")),
                List.of(new Link(LinkType.LINKEDIN, "https://linkedin.com/in/anna", null), new Link(LinkType.OTHER, "https://x.dev", "Blog")),
                List.of(new WorkExperience("Backend Engineer", "Acme GmbH", "Berlin", "2021-01", null, true, List.of("Built \"things\"")),
                        new WorkExperience("Intern", "Beta", null, "2019-01", "2019-06", false, List.of())),
                List.of(new Education("TU Berlin", "MSc", "Computer Science", "2015-10", "2018-09")),
                List.of(new Skill("Java", 8, SkillLevel.EXPERT), new Skill("Go", null, null)),
                List.of(new LanguageSkill("de", LanguageLevel.NATIVE)),
                List.of(new Certification("CKA", "CNCF", "2022-05", null)),
                new ScreeningFacts(Map.of("DE", WorkAuthorization.AUTHORIZED), false, true, null, Set.of(WorkMode.REMOTE), "2025-03-01", 30,
                        new SalaryExpectation(70000L, 9_000_000_000L, "EUR", PayPeriod.YEAR), 6, true, null,
                        new Eeo(Eeo.Gender.FEMALE, null, Eeo.VeteranStatus.NOT_A_VETERAN, null)));
    }

    @Test
    void writesTheSameTreeAsSerdeLikeRecordSerialization() throws Exception {
        JsonNode ours = serdeLike.readTree(ProfileJson.write(full()));
        JsonNode theirs = serdeLike.readTree(serdeLike.writeValueAsString(full()));
        assertEquals(theirs, ours);
    }

    @Test
    void readsWhatSerdeLikeSerializationWrites() throws Exception {
        assertEquals(full(), ProfileJson.parse(serdeLike.writeValueAsString(full())));
    }

    @Test
    void roundTripsItsOwnText() {
        assertEquals(full(), ProfileJson.parse(ProfileJson.write(full())));
    }

    @Test
    void omitsNullsAndEmptyListsButKeepsFalse() {
        String json = ProfileJson.write(full());
        assertFalse(json.contains("null"));
        assertFalse(json.contains("willingToRelocate"));
        assertFalse(json.contains("\"bullets\":[]"));
        assertTrue(json.contains("\"sponsorshipNow\":false"));
        assertTrue(json.contains("\"current\":false"));
        assertTrue(json.contains("\"type\":\"LINKEDIN\""));
    }

    @Test
    void acceptsExplicitNullsUnknownMembersAndUnknownEnumNames() {
        Profile p = ProfileJson.parse("{\"contact\":{\"givenName\":\"A\",\"phone\":null,\"nickname\":\"x\"},\"links\":null,"
                + "\"skills\":[{\"name\":\"Rust\",\"level\":\"WIZARD\"}],\"screening\":{\"over18\":true,\"workModes\":[\"SPACE\",\"HYBRID\"],"
                + "\"workAuthorization\":{\"US\":\"MAYBE\",\"CA\":\"NOT_AUTHORIZED\"}},\"future\":[1,2]}");
        assertEquals("A", p.contact().givenName());
        assertNull(p.contact().phone());
        assertTrue(p.links().isEmpty());
        assertNull(p.skills().get(0).level());
        assertEquals(Set.of(WorkMode.HYBRID), p.screening().workModes());
        assertEquals(Map.of("CA", WorkAuthorization.NOT_AUTHORIZED), p.screening().workAuthorization());
        assertTrue(p.screening().over18());
        assertNull(p.screening().sponsorshipNow());
    }

    @Test
    void emptyObjectIsAnEmptyProfile() {
        Profile p = ProfileJson.parse("{}");
        assertNull(p.contact());
        assertNull(p.screening());
        assertEquals("{}", ProfileJson.write(p));
    }
}
