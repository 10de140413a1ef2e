package dev.applypilot.server.matching;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads a resume's text (sections, skills, titles, years, education) and merges the structured facts in. */
final class ResumeAnalyzer {
    static final String PROFILE_EVIDENCE = "Listed in profile skills";
    private static final Set<String> SECTION_HEADINGS = Set.of("summary", "professional summary", "objective",
            "career objective", "profile", "about me", "experience", "work experience", "professional experience",
            "employment", "employment history", "work history", "projects", "personal projects", "skills",
            "technical skills", "core competencies", "key skills", "education", "certifications", "awards",
            "publications", "languages", "interests", "volunteering", "volunteer experience", "achievements",
            "references", "hobbies");
    private static final Set<String> NOT_FOR_SIMILARITY = Set.of("education", "languages", "interests", "references",
            "hobbies", "header");

    private final SkillTaxonomy taxonomy;

    ResumeAnalyzer(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    ResumeAnalysis analyze(ResumeInput resume, Year now) {
        String text = resume.text();
        CandidateFacts facts = resume.facts();
        Map<String, StringBuilder> sections = sections(text);

        Map<Skill, String> skills = new LinkedHashMap<>();
        for (Sentences.Sentence sentence : Sentences.split(text)) {
            for (SkillTaxonomy.Hit hit : taxonomy.hits(sentence.text())) {
                skills.putIfAbsent(hit.skill(), Evidence.around(sentence.text(), hit.offset()));
            }
        }
        for (String name : facts.skills()) {
            taxonomy.resolve(name).ifPresent(skill -> skills.putIfAbsent(skill, PROFILE_EVIDENCE));
        }

        String experience = sections.containsKey("experience") ? sections.get("experience").toString()
                : sections.containsKey("work experience") ? sections.get("work experience").toString() : null;
        Double years = facts.yearsOfExperience();
        String yearsSource = "profile";
        if (years == null) {
            String scope = experience;
            if (scope == null) {
                StringBuilder withoutEducation = new StringBuilder();
                sections.forEach((name, body) -> {
                    if (!name.equals("education")) {
                        withoutEducation.append(body).append('\n');
                    }
                });
                scope = withoutEducation.toString();
            }
            years = YearsOfExperience.estimate(scope, now);
            yearsSource = "estimated from the resume's date ranges";
        }

        List<String> titles = new ArrayList<>(facts.titles());
        if (titles.isEmpty()) {
            titles.addAll(titleLines(sections.getOrDefault("header", new StringBuilder()).toString(), 2));
            titles.addAll(titleLines(experience == null ? text : experience, 3));
        }
        Seniority seniority = null;
        for (String title : titles.subList(0, Math.min(2, titles.size()))) {
            seniority = seniority != null ? seniority : Seniority.fromTitle(title);
        }
        if (seniority == null && years != null) {
            seniority = Seniority.fromYears(years);
        }
        Set<String> roles = new TreeSet<>();
        titles.forEach(t -> roles.addAll(RoleWords.concepts(t)));

        EducationLevel education = facts.education() != null ? facts.education()
                : EducationLevel.highestIn(sections.containsKey("education") ? sections.get("education").toString() : text);

        List<String> sectionTexts = new ArrayList<>();
        sections.forEach((name, body) -> {
            if (!NOT_FOR_SIMILARITY.contains(name) && body.toString().strip().length() >= 40) {
                sectionTexts.add(body.toString().strip());
            }
        });
        return new ResumeAnalysis(skills, years, yearsSource, List.copyOf(titles), seniority, roles, education,
                sectionTexts, facts);
    }

    /** Sections by heading, in text order; text before the first heading is the "header". */
    static Map<String, StringBuilder> sections(String text) {
        Map<String, StringBuilder> out = new LinkedHashMap<>();
        String current = "header";
        out.put(current, new StringBuilder());
        for (String line : text.split("\n")) {
            String key = line.strip().toLowerCase(Locale.ROOT);
            if (key.endsWith(":")) {
                key = key.substring(0, key.length() - 1).strip();
            }
            if (SECTION_HEADINGS.contains(key)) {
                current = key.equals("work experience") || key.equals("professional experience")
                        || key.startsWith("employment") || key.equals("work history") ? "experience" : key;
                out.putIfAbsent(current, new StringBuilder());
                continue;
            }
            out.get(current).append(line).append('\n');
        }
        return out;
    }

    private static List<String> titleLines(String text, int max) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (out.size() < max && t.length() >= 4 && RoleWords.isRoleLine(t) && !t.endsWith(".")) {
                out.add(t);
            }
        }
        return out;
    }
}
