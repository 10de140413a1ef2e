package dev.applypilot.shared.classify;

import dev.applypilot.shared.profile.Address;
import dev.applypilot.shared.profile.Contact;
import dev.applypilot.shared.profile.Education;
import dev.applypilot.shared.profile.Eeo;
import dev.applypilot.shared.profile.Link;
import dev.applypilot.shared.profile.LinkType;
import dev.applypilot.shared.profile.Phone;
import dev.applypilot.shared.profile.Profile;
import dev.applypilot.shared.profile.SalaryExpectation;
import dev.applypilot.shared.profile.PayPeriod;
import dev.applypilot.shared.profile.ScreeningFacts;
import dev.applypilot.shared.profile.WorkAuthorization;
import dev.applypilot.shared.profile.WorkExperience;
import dev.applypilot.shared.profile.WorkMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A sample profile for planner tests. */
final class Profiles {

    private Profiles() {
    }

    static Profile sample() {
        return withScreening(new ScreeningFacts(Map.of("DE", WorkAuthorization.AUTHORIZED, "US", WorkAuthorization.NOT_AUTHORIZED),
                false, true, true, Set.of(WorkMode.REMOTE), "2025-03-01", 30,
                new SalaryExpectation(70000L, 80000L, "EUR", PayPeriod.YEAR), 6, true, null,
                new Eeo(Eeo.Gender.FEMALE, Eeo.RaceEthnicity.PREFER_NOT_TO_SAY, Eeo.VeteranStatus.NOT_A_VETERAN, null)));
    }

    static Profile withScreening(ScreeningFacts screening) {
        return new Profile(
                new Contact("Anna", "Schmidt", null, "anna@example.com", new Phone("+4915112345678", null),
                        new Address("Hauptstraße 1", null, "Berlin", "Berlin", "DE", "10115")),
                List.of(new Link(LinkType.LINKEDIN, "https://linkedin.com/in/anna", null)),
                List.of(new WorkExperience("Backend Engineer", "Acme GmbH", "Berlin", "2021-01", null, true, List.of())),
                List.of(new Education("TU Berlin", "MSc", "Computer Science", "2015-10", "2018-09")),
                List.of(), List.of(), List.of(), screening);
    }
}
