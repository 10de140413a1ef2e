package dev.applypilot.server.matching;

import dev.applypilot.shared.profile.Address;
import dev.applypilot.shared.profile.Contact;
import dev.applypilot.shared.profile.Education;
import dev.applypilot.shared.profile.Profile;
import dev.applypilot.shared.profile.ScreeningFacts;
import dev.applypilot.shared.profile.Skill;
import dev.applypilot.shared.profile.WorkAuthorization;
import dev.applypilot.shared.profile.WorkExperience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileFactsTest {

    @Test
    void mapsEveryProfileFactTheEngineUses() {
        Profile profile = new Profile(
                new Contact("Ada", "L", null, null, null, new Address(null, null, "Berlin", null, "DE", null)),
                List.of(),
                List.of(new WorkExperience("Staff Engineer", "A", null, "2021-01", null, true, List.of()),
                        new WorkExperience("Senior Engineer", "B", null, "2017-01", "2020-12", false, List.of()),
                        new WorkExperience("Staff Engineer", "C", null, "2015-01", "2016-12", false, List.of())),
                List.of(new Education("TU", "B.Sc. Computer Science", null, null, null),
                        new Education("MIT", "Master of Science", null, null, null)),
                List.of(new Skill("Java", 8, null), new Skill(" k8s ", null, null), new Skill("", null, null)),
                List.of(), List.of(),
                new ScreeningFacts(Map.of("DE", WorkAuthorization.AUTHORIZED, "US", WorkAuthorization.NOT_AUTHORIZED),
                        false, false, true, Set.of(), null, null, null, 9, null, null, null));

        CandidateFacts facts = ProfileFacts.from(profile);

        assertEquals(List.of("Java", "k8s"), facts.skills());
        assertEquals(9.0, facts.yearsOfExperience());
        assertEquals(List.of("Staff Engineer", "Senior Engineer"), facts.titles(), "most recent first, once each");
        assertEquals("Berlin, DE", facts.location());
        assertTrue(facts.willingToRelocate());
        assertEquals(Set.of("DE"), facts.authorizedCountries(), "only countries marked AUTHORIZED");
        assertEquals(Boolean.FALSE, facts.requiresSponsorship());
        assertEquals(EducationLevel.MASTER, facts.education(), "the highest degree of any entry");
    }

    @Test
    void anEmptyProfileLeavesEverythingUnknownSoTheResumeTextDecides() {
        CandidateFacts facts = ProfileFacts.from(new Profile(null, null, null, null, null, null, null, null));
        assertEquals(CandidateFacts.none(), facts);
        assertEquals(CandidateFacts.none(), ProfileFacts.from(null));
    }

    @ParameterizedTest(name = "now={0} future={1} -> {2}")
    @CsvSource(nullValues = "null", value = {
        "true,  null,  true",
        "false, true,  true",
        "null,  true,  true",
        "false, false, false",
        "false, null,  false",
        "null,  false, null",
        "null,  null,  null",
    })
    void sponsorshipIsNeededWhenNeededNowOrLater(Boolean now, Boolean future, Boolean expected) {
        ScreeningFacts screening = new ScreeningFacts(null, now, future, null, null, null, null, null, null, null, null, null);
        assertEquals(expected, ProfileFacts.from(new Profile(null, null, null, null, null, null, null, screening)).requiresSponsorship());
    }

    @Test
    void aCountryWithoutACityIsNoLocationAndAnUnknownDegreeIsNoLevel() {
        Profile profile = new Profile(new Contact(null, null, null, null, null, new Address(null, null, " ", null, "DE", null)),
                null, null, List.of(new Education("School", "Certificate of Attendance", null, null, null)), null, null, null, null);
        CandidateFacts facts = ProfileFacts.from(profile);
        assertNull(facts.location());
        assertNull(facts.education());
        assertFalse(facts.willingToRelocate());
    }
}
