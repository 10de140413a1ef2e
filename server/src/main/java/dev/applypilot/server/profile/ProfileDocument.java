package dev.applypilot.server.profile;

import dev.applypilot.shared.profile.Certification;
import dev.applypilot.shared.profile.Contact;
import dev.applypilot.shared.profile.Education;
import dev.applypilot.shared.profile.LanguageSkill;
import dev.applypilot.shared.profile.Link;
import dev.applypilot.shared.profile.Profile;
import dev.applypilot.shared.profile.ScreeningFacts;
import dev.applypilot.shared.profile.Skill;
import dev.applypilot.shared.profile.WorkExperience;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * The profile as the API reads and writes it: the shared {@link Profile} parts, the EEO consent and the version.
 * {@code updatedAt} is set by the server on reads; on writes it is the version the client edited (an alternative to
 * {@code If-Match}) and is never stored inside the document.
 */
@Serdeable
public record ProfileDocument(@Nullable Contact contact, @Nullable List<Link> links, @Nullable List<WorkExperience> work,
                              @Nullable List<Education> education, @Nullable List<Skill> skills,
                              @Nullable List<LanguageSkill> languages, @Nullable List<Certification> certifications,
                              @Nullable ScreeningFacts screening, @Nullable EeoConsent eeo, @Nullable Instant updatedAt) {

    public ProfileDocument {
        links = links == null ? List.of() : List.copyOf(links);
        work = work == null ? List.of() : List.copyOf(work);
        education = education == null ? List.of() : List.copyOf(education);
        skills = skills == null ? List.of() : List.copyOf(skills);
        languages = languages == null ? List.of() : List.copyOf(languages);
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
    }

    public static ProfileDocument empty() {
        return new ProfileDocument(null, null, null, null, null, null, null, null, null, null);
    }

    /** The shared profile autofill and matching use; EEO answers only when the user opted in. */
    public Profile toProfile() {
        ScreeningFacts facts = screening;
        if (facts != null && facts.eeo() != null && (eeo == null || !eeo.given())) {
            facts = new ScreeningFacts(facts.workAuthorization(), facts.sponsorshipNow(), facts.sponsorshipFuture(),
                    facts.willingToRelocate(), facts.workModes(), facts.earliestStartDate(), facts.noticePeriodDays(),
                    facts.salary(), facts.yearsOfExperience(), facts.over18(), facts.securityClearance(), null);
        }
        return new Profile(contact, links, work, education, skills, languages, certifications, facts);
    }

    public ProfileDocument withUpdatedAt(@Nullable Instant version) {
        return new ProfileDocument(contact, links, work, education, skills, languages, certifications, screening, eeo, version);
    }

    public ProfileDocument withContact(@Nullable Contact newContact) {
        return new ProfileDocument(newContact, links, work, education, skills, languages, certifications, screening, eeo, updatedAt);
    }

    public ProfileDocument withLinks(List<Link> newLinks) {
        return new ProfileDocument(contact, newLinks, work, education, skills, languages, certifications, screening, eeo, updatedAt);
    }

    public ProfileDocument withWork(List<WorkExperience> newWork) {
        return new ProfileDocument(contact, links, newWork, education, skills, languages, certifications, screening, eeo, updatedAt);
    }

    public ProfileDocument withEducation(List<Education> newEducation) {
        return new ProfileDocument(contact, links, work, newEducation, skills, languages, certifications, screening, eeo, updatedAt);
    }

    public ProfileDocument withSkills(List<Skill> newSkills) {
        return new ProfileDocument(contact, links, work, education, newSkills, languages, certifications, screening, eeo, updatedAt);
    }

    /** Replaces everything a JSON Resume carries, keeping screening facts and the EEO consent. */
    public ProfileDocument withResumeParts(ProfileDocument parts) {
        return new ProfileDocument(parts.contact, parts.links, parts.work, parts.education, parts.skills, parts.languages,
                parts.certifications, screening, eeo, updatedAt);
    }
}
