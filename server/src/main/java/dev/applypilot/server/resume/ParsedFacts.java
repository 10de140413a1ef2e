package dev.applypilot.server.resume;

import dev.applypilot.server.profile.PhoneNumbers;
import dev.applypilot.server.resume.parse.DateRange;
import dev.applypilot.server.resume.parse.EducationEntry;
import dev.applypilot.server.resume.parse.ParsedResume;
import dev.applypilot.server.resume.parse.WorkEntry;
import dev.applypilot.shared.format.Countries;
import dev.applypilot.shared.profile.Education;
import dev.applypilot.shared.profile.Phone;
import dev.applypilot.shared.profile.Skill;
import dev.applypilot.shared.profile.WorkExperience;

import java.util.List;
import java.util.Locale;

/** A parse result translated into profile values, field by field; {@code null} / empty where the resume had nothing. */
record ParsedFacts(String givenName, String familyName, String email, Phone phone, String city, String region, String country,
                   String linkedin, String github, String website, List<WorkExperience> work, List<Education> education,
                   List<Skill> skills, String location) {

    static ParsedFacts of(ParsedResume parsed) {
        var contact = parsed.contact();
        String given = null;
        String family = null;
        String name = contact == null ? null : blankToNull(contact.name());
        if (name != null) {
            int space = name.lastIndexOf(' ');
            given = space < 0 ? name : name.substring(0, space).trim();
            family = space < 0 ? null : name.substring(space + 1).trim();
        }
        String phoneText = contact == null ? null : blankToNull(contact.phone());
        Phone phone = phoneText == null ? null : new Phone(PhoneNumbers.toE164(phoneText), phoneText);
        String location = contact == null ? null : blankToNull(contact.location());
        String city = null;
        String region = null;
        String country = null;
        if (location != null) {
            String[] parts = location.split(",");
            city = parts[0].trim();
            if (parts.length > 1) {
                String last = parts[parts.length - 1].trim();
                country = Countries.codeOf(last);
                if (country == null || parts.length > 2) {
                    region = country == null ? last : parts[1].trim();
                }
            }
        }
        List<WorkExperience> work = parsed.work() == null ? List.of() : parsed.work().stream().map(ParsedFacts::work).toList();
        List<Education> education = parsed.education() == null ? List.of() : parsed.education().stream().map(ParsedFacts::education).toList();
        List<Skill> skills = parsed.skills() == null ? List.of()
                : parsed.skills().stream().filter(s -> s != null && !s.isBlank()).map(s -> new Skill(s.trim(), null, null)).toList();
        return new ParsedFacts(given, family, contact == null ? null : blankToNull(contact.email()), phone, city, region, country,
                url(contact == null ? null : contact.linkedin()), url(contact == null ? null : contact.github()),
                url(contact == null ? null : contact.website()), work, education, skills, location);
    }

    private static WorkExperience work(WorkEntry entry) {
        DateRange dates = entry.dates();
        return new WorkExperience(entry.title(), entry.company(), entry.location(), dates == null ? null : dates.start(),
                dates == null ? null : dates.end(), dates != null && dates.current(), entry.bullets());
    }

    private static Education education(EducationEntry entry) {
        DateRange dates = entry.dates();
        return new Education(entry.school(), entry.degree(), null, dates == null ? null : dates.start(), dates == null ? null : dates.end());
    }

    /** Resumes write "linkedin.com/in/ada"; the profile keeps absolute URLs. */
    private static String url(String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? value : "https://" + value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
