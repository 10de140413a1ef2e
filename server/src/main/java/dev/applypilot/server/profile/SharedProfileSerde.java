package dev.applypilot.server.profile;

import dev.applypilot.shared.profile.Address;
import dev.applypilot.shared.profile.Certification;
import dev.applypilot.shared.profile.Contact;
import dev.applypilot.shared.profile.Education;
import dev.applypilot.shared.profile.Eeo;
import dev.applypilot.shared.profile.LanguageSkill;
import dev.applypilot.shared.profile.Link;
import dev.applypilot.shared.profile.Phone;
import dev.applypilot.shared.profile.Profile;
import dev.applypilot.shared.profile.SalaryExpectation;
import dev.applypilot.shared.profile.ScreeningFacts;
import dev.applypilot.shared.profile.Skill;
import dev.applypilot.shared.profile.WorkExperience;
import io.micronaut.serde.annotation.SerdeImport;

/** The shared profile records stay free of Micronaut (they compile to JavaScript), so their JSON binding is imported here. */
@SerdeImport(Profile.class)
@SerdeImport(Contact.class)
@SerdeImport(Address.class)
@SerdeImport(Phone.class)
@SerdeImport(Link.class)
@SerdeImport(WorkExperience.class)
@SerdeImport(Education.class)
@SerdeImport(Skill.class)
@SerdeImport(LanguageSkill.class)
@SerdeImport(Certification.class)
@SerdeImport(ScreeningFacts.class)
@SerdeImport(SalaryExpectation.class)
@SerdeImport(Eeo.class)
final class SharedProfileSerde {
    private SharedProfileSerde() {
    }
}
