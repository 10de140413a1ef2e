package dev.applypilot.server.generation;

import dev.applypilot.server.matching.Skill;
import dev.applypilot.shared.profile.Education;
import dev.applypilot.shared.profile.Profile;
import dev.applypilot.shared.profile.WorkExperience;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tailors a resume without a model: puts the job's skills first in the skills list, orders each position's bullets by
 * relevance to the job (stable, so equal bullets keep the user's order), rephrases only in fact-preserving ways (weak
 * openers to action verbs, a skill alias to the name the job uses) and writes a summary from the profile. Roles keep
 * their order, titles, employers and dates. Deterministic: the same inputs give the same resume.
 */
final class OfflineResumeTailor {
    static final String NOTE = "Offline mode: tailored from your profile without an AI model. Bullets are ordered by how "
            + "much of the job description they cover; wording changes are limited to safe rephrasings.";

    /** Weak openers and the action verb that states the same thing. */
    private static final String[][] OPENERS = {
            {"responsible for ", "Owned "}, {"was responsible for ", "Owned "}, {"worked on ", "Contributed to "},
            {"helped with ", "Supported "}, {"helped to ", "Helped "}, {"involved in ", "Contributed to "},
            {"was involved in ", "Contributed to "}, {"participated in ", "Contributed to "}, {"tasked with ", "Handled "},
            {"in charge of ", "Led "}};

    private final SkillSpans spans;

    OfflineResumeTailor(SkillSpans spans) {
        this.spans = spans;
    }

    TailoredResume tailor(CandidateSource candidate, JobDetails job, FactSource source, JobFocus focus) {
        Profile profile = candidate.profile();
        Relevance relevance = new Relevance(spans, focus);
        List<ResumeChange> changes = new ArrayList<>();

        List<ResumeRole> roles = new ArrayList<>();
        for (WorkExperience work : profile.work()) {
            roles.add(tailorRole(work, relevance, focus, changes));
        }
        List<String> skills = orderSkills(profile, focus, changes);
        String headline = profile.currentJob() != null && !Words.blank(profile.currentJob().title())
                ? profile.currentJob().title().strip() : "";
        String summary = summary(profile, focus, headline);
        if (!summary.isEmpty()) {
            changes.add(0, new ResumeChange("summary", "added", null, summary,
                    "A summary that leads with the skills this job asks for and you have."));
        }
        if (!focus.missing().isEmpty()) {
            changes.add(new ResumeChange("skills", "not_added", null, Words.joinNatural(focus.missingNames()),
                    "The job asks for these but your profile does not show them, so they were not added. "
                            + "Add them to your profile only if they are true."));
        }
        List<String> education = new ArrayList<>();
        for (Education e : profile.education()) {
            String line = educationLine(e);
            if (!line.isEmpty()) {
                education.add(line);
            }
        }
        String name = profile.contact() == null ? "" : profile.contact().fullName();
        return new TailoredResume("offline", NOTE, name, headline, summary, skills, roles, education, changes,
                focus.matchedNames(), focus.missingNames(), FactCheckReport.clean());
    }

    private ResumeRole tailorRole(WorkExperience work, Relevance relevance, JobFocus focus, List<ResumeChange> changes) {
        String section = "experience: " + roleLabel(work);
        List<Relevance.Scored> scored = new ArrayList<>();
        for (String bullet : work.bullets()) {
            if (!Words.blank(bullet)) {
                scored.add(relevance.score(bullet.strip()));
            }
        }
        List<Relevance.Scored> ordered = new ArrayList<>(scored);
        ordered.sort(Comparator.comparingInt((Relevance.Scored s) -> -s.score()));
        for (int now = 0; now < ordered.size(); now++) {
            int before = scored.indexOf(ordered.get(now));
            if (now < before) {
                changes.add(new ResumeChange(section, "reordered", ordered.get(now).text(),
                        "moved from bullet " + (before + 1) + " to bullet " + (now + 1),
                        "Mentions " + ordered.get(now).because() + ", which the job description asks for."));
            }
        }
        List<String> bullets = new ArrayList<>();
        for (Relevance.Scored s : ordered) {
            String rephrased = rephrase(s.text(), focus);
            if (!rephrased.equals(s.text())) {
                changes.add(new ResumeChange(section, "rephrased", s.text(), rephrased, rephraseReason(s.text(), rephrased)));
            }
            bullets.add(rephrased);
        }
        return new ResumeRole(nz(work.title()), nz(work.company()), work.location(), work.start(), work.end(),
                work.current(), bullets);
    }

    private String rephrase(String bullet, JobFocus focus) {
        String text = bullet;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String[] opener : OPENERS) {
            if (lower.startsWith(opener[0])) {
                text = opener[1] + text.substring(opener[0].length());
                break;
            }
        }
        // The job's name for a skill the bullet writes differently (k8s -> Kubernetes), only when the job uses the
        // canonical name: a narrower alias in the job (EKS) would claim more than the bullet says.
        List<SkillSpans.Span> found = spans.findAll(text);
        StringBuilder out = new StringBuilder(text);
        for (int i = found.size() - 1; i >= 0; i--) {
            SkillSpans.Span span = found.get(i);
            String jobName = focus.jobSpelling().get(span.skill());
            if (jobName != null && jobName.equalsIgnoreCase(span.skill().name()) && !span.surface().equals(jobName)) {
                out.replace(span.start(), span.end(), jobName);
            }
        }
        return out.toString();
    }

    private static String rephraseReason(String before, String after) {
        String firstBefore = before.split(" ", 2)[0];
        String firstAfter = after.split(" ", 2)[0];
        if (!firstBefore.equalsIgnoreCase(firstAfter)) {
            return "Starts with an action verb instead of \"" + firstBefore + "\"; the claim is unchanged.";
        }
        return "Uses the job description's name for the skill, so keyword filters find it.";
    }

    private List<String> orderSkills(Profile profile, JobFocus focus, List<ResumeChange> changes) {
        List<String> original = new ArrayList<>();
        for (dev.applypilot.shared.profile.Skill s : profile.skills()) {
            if (!Words.blank(s.name()) && !original.contains(s.name().strip())) {
                original.add(s.name().strip());
            }
        }
        List<String> ordered = new ArrayList<>(original);
        ordered.sort(Comparator.comparingInt(name -> jobRank(name, focus)));
        if (!ordered.equals(original)) {
            List<String> surfaced = ordered.stream().filter(n -> jobRank(n, focus) < Integer.MAX_VALUE).toList();
            changes.add(new ResumeChange("skills", "reordered", String.join(", ", original), String.join(", ", ordered),
                    "Put " + Words.joinNatural(surfaced) + " first: the job description asks for them."));
        }
        return ordered;
    }

    private int jobRank(String skillName, JobFocus focus) {
        Optional<Skill> skill = spans.taxonomy().resolve(skillName);
        int index = skill.map(focus.jobSkills()::indexOf).orElse(-1);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static String summary(Profile profile, JobFocus focus, String headline) {
        List<String> skills = new ArrayList<>(focus.matchedNames());
        if (skills.isEmpty()) {
            profile.skills().stream().map(dev.applypilot.shared.profile.Skill::name).filter(n -> !Words.blank(n))
                    .map(String::strip).forEach(skills::add);
        }
        skills = skills.subList(0, Math.min(5, skills.size()));
        StringBuilder s = new StringBuilder(headline.isEmpty() ? "Professional" : headline);
        if (!skills.isEmpty()) {
            s.append(" with hands-on experience in ").append(Words.joinNatural(skills)).append('.');
        } else if (headline.isEmpty()) {
            return "";
        } else {
            s.append('.');
        }
        List<String> employers = profile.work().stream().map(WorkExperience::company).filter(c -> !Words.blank(c))
                .map(String::strip).distinct().limit(2).toList();
        if (!employers.isEmpty()) {
            s.append(" Recent work at ").append(Words.joinNatural(employers)).append('.');
        }
        return s.toString();
    }

    static String educationLine(Education e) {
        StringBuilder line = new StringBuilder();
        if (!Words.blank(e.degree())) {
            line.append(e.degree().strip());
        }
        if (!Words.blank(e.discipline())) {
            line.append(line.length() > 0 ? " in " : "").append(e.discipline().strip());
        }
        if (!Words.blank(e.school())) {
            line.append(line.length() > 0 ? ", " : "").append(e.school().strip());
        }
        if (!Words.blank(e.end()) && line.length() > 0) {
            line.append(" (").append(e.end().strip()).append(')');
        }
        return line.toString();
    }

    static String roleLabel(WorkExperience work) {
        return nz(work.title()) + (Words.blank(work.company()) ? "" : " at " + work.company().strip());
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
