package dev.applypilot.server.generation;

import dev.applypilot.shared.profile.Address;
import dev.applypilot.shared.profile.Certification;
import dev.applypilot.shared.profile.Contact;
import dev.applypilot.shared.profile.Education;
import dev.applypilot.shared.profile.Eeo;
import dev.applypilot.shared.profile.LanguageLevel;
import dev.applypilot.shared.profile.LanguageSkill;
import dev.applypilot.shared.profile.Link;
import dev.applypilot.shared.profile.LinkType;
import dev.applypilot.shared.profile.PayPeriod;
import dev.applypilot.shared.profile.Phone;
import dev.applypilot.shared.profile.Profile;
import dev.applypilot.shared.profile.SalaryExpectation;
import dev.applypilot.shared.profile.ScreeningFacts;
import dev.applypilot.shared.profile.Skill;
import dev.applypilot.shared.profile.SkillLevel;
import dev.applypilot.shared.profile.WorkAuthorization;
import dev.applypilot.shared.profile.WorkExperience;
import dev.applypilot.shared.profile.WorkMode;
import io.micronaut.serde.annotation.SerdeImport;

/** The shared profile records are plain Java (they also compile to JavaScript), so their JSON mapping is imported here. */
@SerdeImport(Profile.class)
@SerdeImport(Contact.class)
@SerdeImport(Phone.class)
@SerdeImport(Address.class)
@SerdeImport(Link.class)
@SerdeImport(LinkType.class)
@SerdeImport(WorkExperience.class)
@SerdeImport(Education.class)
@SerdeImport(Skill.class)
@SerdeImport(SkillLevel.class)
@SerdeImport(LanguageSkill.class)
@SerdeImport(LanguageLevel.class)
@SerdeImport(Certification.class)
@SerdeImport(ScreeningFacts.class)
@SerdeImport(WorkAuthorization.class)
@SerdeImport(WorkMode.class)
@SerdeImport(SalaryExpectation.class)
@SerdeImport(PayPeriod.class)
@SerdeImport(Eeo.class)
final class ProfileSerde {
    private ProfileSerde() {
    }
}
