package dev.applypilot.server.generation;

import dev.applypilot.server.matching.Skill;
import dev.applypilot.shared.profile.Certification;
import dev.applypilot.shared.profile.Education;
import dev.applypilot.shared.profile.LanguageSkill;
import dev.applypilot.shared.profile.Profile;
import dev.applypilot.shared.profile.WorkExperience;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What may be said about the candidate, indexed for the fact check: skills (canonical), words, numbers, employers,
 * titles and dates from the profile, resume text and answer bank. The job's own title and company may be named too
 * (a letter says which job it is for), but nothing else from the job description counts as a fact.
 */
record FactSource(Set<Skill> skills, Set<String> skillNames, Set<String> words, Set<String> numbers,
                  Set<String> employers, Set<String> titles, Set<String> dates, List<String> jobNames) {

    static FactSource of(CandidateSource candidate, JobDetails job, SkillSpans spans) {
        Profile profile = candidate.profile();
        StringBuilder text = new StringBuilder();
        Set<String> employers = new LinkedHashSet<>();
        Set<String> titles = new LinkedHashSet<>();
        Set<String> dates = new LinkedHashSet<>();
        Set<String> skillNames = new LinkedHashSet<>();
        if (profile.contact() != null) {
            line(text, profile.contact().givenName(), profile.contact().familyName(), profile.contact().preferredName(),
                    profile.contact().email());
        }
        for (WorkExperience w : profile.work()) {
            line(text, w.title(), w.company(), w.location(), w.start(), w.end());
            add(employers, w.company());
            add(titles, w.title());
            add(dates, w.start());
            add(dates, w.end());
            for (String bullet : w.bullets()) {
                line(text, bullet);
            }
        }
        for (Education e : profile.education()) {
            line(text, e.school(), e.degree(), e.discipline(), e.start(), e.end());
            add(dates, e.start());
            add(dates, e.end());
        }
        for (dev.applypilot.shared.profile.Skill s : profile.skills()) {
            line(text, s.name(), s.years() == null ? null : s.years().toString());
            add(skillNames, s.name());
        }
        for (LanguageSkill l : profile.languages()) {
            line(text, l.language());
        }
        for (Certification c : profile.certifications()) {
            line(text, c.name(), c.issuer(), c.issued(), c.expires());
        }
        line(text, candidate.resumeText());
        for (AnswerBankEntry entry : candidate.answerBank()) {
            line(text, entry.answer());
        }
        String all = text.toString();
        Set<Skill> skills = new LinkedHashSet<>();
        for (SkillSpans.Span span : spans.findAll(all)) {
            skills.add(span.skill());
        }
        for (String name : skillNames) {
            spans.taxonomy().resolve(name).ifPresent(skills::add);
        }
        Set<String> words = Words.lowerSet(all);
        words.addAll(Words.lowerSet(job.title() + " " + job.companyOr("")));
        List<String> jobNames = java.util.stream.Stream.of(job.title(), job.company())
                .filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
        return new FactSource(skills, lower(skillNames), words, Words.numbers(all), lower(employers), lower(titles), dates,
                jobNames);
    }

    boolean hasEmployer(String company) {
        return company == null || employers.contains(company.strip().toLowerCase(Locale.ROOT));
    }

    boolean hasTitle(String title) {
        return title == null || titles.contains(title.strip().toLowerCase(Locale.ROOT));
    }

    boolean hasDate(String date) {
        return date == null || date.isBlank() || dates.contains(date.strip());
    }

    private static void line(StringBuilder text, String... parts) {
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(part.strip()).append('\n');
            }
        }
    }

    private static void add(Set<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(value.strip());
        }
    }

    private static Set<String> lower(Set<String> values) {
        Set<String> out = new LinkedHashSet<>();
        values.forEach(v -> out.add(v.toLowerCase(Locale.ROOT)));
        return out;
    }
}
