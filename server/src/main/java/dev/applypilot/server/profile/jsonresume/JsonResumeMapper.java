package dev.applypilot.server.profile.jsonresume;

import dev.applypilot.server.profile.PhoneNumbers;
import dev.applypilot.server.profile.ProfileDocument;
import dev.applypilot.shared.profile.Address;
import dev.applypilot.shared.profile.Certification;
import dev.applypilot.shared.profile.Contact;
import dev.applypilot.shared.profile.Education;
import dev.applypilot.shared.profile.LanguageLevel;
import dev.applypilot.shared.profile.LanguageSkill;
import dev.applypilot.shared.profile.Link;
import dev.applypilot.shared.profile.LinkType;
import dev.applypilot.shared.profile.Phone;
import dev.applypilot.shared.profile.Skill;
import dev.applypilot.shared.profile.SkillLevel;
import dev.applypilot.shared.profile.WorkExperience;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Converts between JSON Resume and the profile. Lossy where the models differ: summaries, course lists and scores
 * have no place in the profile; skill keywords become skills of their own (autofill and matching look at skills).
 */
public final class JsonResumeMapper {
    private JsonResumeMapper() {
    }

    /** The profile parts a JSON Resume carries (screening facts and EEO are not part of the schema). */
    public static ProfileDocument toProfile(JsonResume resume) {
        JsonResume.Basics basics = resume.basics();
        Contact contact = null;
        List<Link> links = new ArrayList<>();
        if (basics != null) {
            contact = contact(basics);
            if (notBlank(basics.url())) {
                links.add(new Link(LinkType.WEBSITE, basics.url().trim(), null));
            }
            for (JsonResume.SocialProfile social : nonNull(basics.profiles())) {
                if (notBlank(social.url())) {
                    LinkType type = linkType(social.network());
                    links.add(new Link(type, social.url().trim(), type == LinkType.OTHER ? social.network() : null));
                }
            }
        }
        List<WorkExperience> work = new ArrayList<>();
        for (JsonResume.Work job : nonNull(resume.work())) {
            String end = month(job.endDate());
            work.add(new WorkExperience(job.position(), job.name(), job.location(), month(job.startDate()), end,
                    end == null && job.startDate() != null, nonNull(job.highlights())));
        }
        List<Education> education = new ArrayList<>();
        for (JsonResume.School school : nonNull(resume.education())) {
            education.add(new Education(school.institution(), school.studyType(), school.area(), month(school.startDate()), month(school.endDate())));
        }
        List<Skill> skills = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonResume.SkillEntry entry : nonNull(resume.skills())) {
            addSkill(skills, seen, entry.name(), skillLevel(entry.level()));
            for (String keyword : nonNull(entry.keywords())) {
                addSkill(skills, seen, keyword, null);
            }
        }
        List<LanguageSkill> languages = new ArrayList<>();
        for (JsonResume.Language language : nonNull(resume.languages())) {
            if (notBlank(language.language())) {
                languages.add(new LanguageSkill(language.language().trim(), languageLevel(language.fluency())));
            }
        }
        List<Certification> certifications = new ArrayList<>();
        for (JsonResume.Certificate certificate : nonNull(resume.certificates())) {
            if (notBlank(certificate.name())) {
                certifications.add(new Certification(certificate.name(), certificate.issuer(), month(certificate.date()), null));
            }
        }
        return new ProfileDocument(contact, links, work, education, skills, languages, certifications, null, null, null);
    }

    public static JsonResume fromProfile(ProfileDocument profile) {
        Contact contact = profile.contact();
        String website = null;
        List<JsonResume.SocialProfile> socials = new ArrayList<>();
        for (Link link : profile.links()) {
            if (link.type() == LinkType.WEBSITE && website == null) {
                website = link.url();
            } else {
                socials.add(new JsonResume.SocialProfile(network(link), null, link.url()));
            }
        }
        JsonResume.Basics basics = null;
        if (contact != null || website != null || !socials.isEmpty()) {
            Address address = contact == null ? null : contact.address();
            JsonResume.Location location = address == null ? null
                    : new JsonResume.Location(joinLines(address), address.postalCode(), address.city(), address.country(), address.region());
            Phone phone = contact == null ? null : contact.phone();
            String name = contact == null ? null : emptyToNull(contact.fullName());
            basics = new JsonResume.Basics(name, null, contact == null ? null : contact.email(),
                    phone == null ? null : (phone.display() != null ? phone.display() : phone.e164()), website, null, location, socials);
        }
        List<JsonResume.Work> work = profile.work().stream().map(job -> new JsonResume.Work(job.company(), job.title(), job.location(),
                null, job.start(), job.end(), null, job.bullets())).toList();
        List<JsonResume.School> education = profile.education().stream().map(school -> new JsonResume.School(school.school(), null,
                school.discipline(), school.degree(), school.start(), school.end(), null, null)).toList();
        List<JsonResume.SkillEntry> skills = profile.skills().stream().map(skill -> new JsonResume.SkillEntry(skill.name(),
                skill.level() == null ? null : capitalised(skill.level().name()), null)).toList();
        List<JsonResume.Language> languages = profile.languages().stream().map(language -> new JsonResume.Language(language.language(),
                language.level() == null ? null : capitalised(language.level().name()))).toList();
        List<JsonResume.Certificate> certificates = profile.certifications().stream().map(certification -> new JsonResume.Certificate(
                certification.name(), certification.issued(), certification.issuer(), null)).toList();
        return new JsonResume(basics, work, education, skills, languages, certificates);
    }

    private static Contact contact(JsonResume.Basics basics) {
        String given = null;
        String family = null;
        if (notBlank(basics.name())) {
            String name = basics.name().trim();
            int space = name.lastIndexOf(' ');
            given = space < 0 ? name : name.substring(0, space).trim();
            family = space < 0 ? null : name.substring(space + 1);
        }
        Phone phone = notBlank(basics.phone()) ? new Phone(PhoneNumbers.toE164(basics.phone()), basics.phone().trim()) : null;
        JsonResume.Location location = basics.location();
        Address address = location == null ? null
                : new Address(location.address(), null, location.city(), location.region(), location.countryCode(), location.postalCode());
        return new Contact(given, family, null, basics.email(), phone, address);
    }

    private static LinkType linkType(String network) {
        String name = network == null ? "" : network.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "linkedin" -> LinkType.LINKEDIN;
            case "github" -> LinkType.GITHUB;
            case "portfolio" -> LinkType.PORTFOLIO;
            case "website", "homepage", "blog" -> LinkType.WEBSITE;
            default -> LinkType.OTHER;
        };
    }

    private static String network(Link link) {
        return switch (link.type()) {
            case LINKEDIN -> "LinkedIn";
            case GITHUB -> "GitHub";
            case PORTFOLIO -> "Portfolio";
            case WEBSITE -> "Website";
            case OTHER -> link.label() == null ? "Other" : link.label();
        };
    }

    private static SkillLevel skillLevel(String level) {
        String text = level == null ? "" : level.trim().toLowerCase(Locale.ROOT);
        if (text.contains("expert") || text.contains("master")) {
            return SkillLevel.EXPERT;
        }
        if (text.contains("advanced") || text.contains("senior")) {
            return SkillLevel.ADVANCED;
        }
        if (text.contains("intermediate")) {
            return SkillLevel.INTERMEDIATE;
        }
        return text.contains("beginner") || text.contains("basic") ? SkillLevel.BEGINNER : null;
    }

    private static LanguageLevel languageLevel(String fluency) {
        String text = fluency == null ? "" : fluency.trim().toLowerCase(Locale.ROOT);
        if (text.contains("native") || text.contains("mother") || text.contains("bilingual")) {
            return LanguageLevel.NATIVE;
        }
        if (text.contains("fluent") || text.contains("full professional") || text.contains("c1") || text.contains("c2")) {
            return LanguageLevel.FLUENT;
        }
        if (text.contains("intermediate") || text.contains("professional") || text.contains("b1") || text.contains("b2")) {
            return LanguageLevel.INTERMEDIATE;
        }
        return text.contains("elementary") || text.contains("basic") || text.contains("a1") || text.contains("a2") ? LanguageLevel.ELEMENTARY : null;
    }

    /** JSON Resume dates are ISO 8601 of any precision; the profile keeps {@code YYYY-MM} (or {@code YYYY}). */
    private static String month(String date) {
        if (!notBlank(date)) {
            return null;
        }
        String trimmed = date.trim();
        return trimmed.length() > 7 ? trimmed.substring(0, 7) : trimmed;
    }

    private static void addSkill(List<Skill> skills, Set<String> seen, String name, SkillLevel level) {
        if (notBlank(name) && seen.add(name.trim().toLowerCase(Locale.ROOT))) {
            skills.add(new Skill(name.trim(), null, level));
        }
    }

    private static String joinLines(Address address) {
        if (address.line2() == null || address.line2().isBlank()) {
            return address.line1();
        }
        return address.line1() == null ? address.line2() : address.line1() + "\n" + address.line2();
    }

    private static String capitalised(String enumName) {
        String lower = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
