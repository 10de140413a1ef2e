package dev.applypilot.server.generation;

import dev.applypilot.shared.profile.Education;
import dev.applypilot.shared.profile.Profile;
import dev.applypilot.shared.profile.WorkExperience;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a cover letter without a model: an opening and closing per tone, and the candidate's own most relevant
 * bullets as highlights (two to four by length), so every claim is one the user wrote.
 */
final class OfflineCoverLetterWriter {
    static final String NOTE = "Offline mode: written from templates and your own bullets without an AI model. "
            + "Edit it freely before sending.";

    private final SkillSpans spans;

    OfflineCoverLetterWriter(SkillSpans spans) {
        this.spans = spans;
    }

    CoverLetter write(CandidateSource candidate, JobDetails job, JobFocus focus, Tone tone, LetterLength length) {
        Profile profile = candidate.profile();
        String company = job.companyOr("your company");
        String title = job.title().strip();
        List<String> skills = focus.matchedNames().subList(0, Math.min(4, focus.matched().size()));
        StringBuilder letter = new StringBuilder();
        letter.append(switch (tone) {
            case PROFESSIONAL -> "Dear Hiring Manager,";
            case ENTHUSIASTIC -> "Hello " + (job.company() == null || job.company().isBlank() ? "team" : company + " team") + ",";
            case FORMAL -> "Dear Sir or Madam,";
        }).append("\n\n");
        letter.append(switch (tone) {
            case PROFESSIONAL -> "I am applying for the " + title + " position at " + company + ".";
            case ENTHUSIASTIC -> "I was excited to see the " + title + " opening at " + company
                    + ", and I would love to bring my experience to your team.";
            case FORMAL -> "Please accept this letter as my application for the position of " + title + " at " + company + ".";
        });
        if (!skills.isEmpty()) {
            letter.append(" My background in ").append(Words.joinNatural(skills))
                    .append(" matches what the role asks for.");
        }
        letter.append("\n\n");

        WorkExperience current = profile.currentJob();
        List<String> highlights = highlights(profile, focus, length.highlights);
        if (current != null && !highlights.isEmpty()) {
            letter.append("As ").append(current.title() == null ? "a member of the team" : current.title().strip());
            if (!Words.blank(current.company())) {
                letter.append(" at ").append(current.company().strip());
            }
            letter.append(", some of the work most relevant to this role:\n");
            for (String h : highlights) {
                letter.append("- ").append(h).append('\n');
            }
            letter.append('\n');
        }
        if (length == LetterLength.LONG) {
            String earlier = earlierRoles(profile);
            Education education = profile.latestEducation();
            if (!earlier.isEmpty() || education != null) {
                if (!earlier.isEmpty()) {
                    letter.append("Before that, I worked as ").append(earlier).append('.');
                }
                String edu = education == null ? "" : OfflineResumeTailor.educationLine(education);
                if (!edu.isEmpty()) {
                    letter.append(earlier.isEmpty() ? "" : " ").append("My education: ").append(edu).append('.');
                }
                letter.append("\n\n");
            }
        }
        if (length != LetterLength.SHORT) {
            letter.append(switch (tone) {
                case PROFESSIONAL -> "I would welcome the chance to discuss how my experience can help " + company + ".";
                case ENTHUSIASTIC -> "I would be thrilled to talk about how I can contribute to " + company + "!";
                case FORMAL -> "I would be grateful for the opportunity to discuss my application with you.";
            }).append("\n\n");
        }
        letter.append(switch (tone) {
            case PROFESSIONAL -> "Thank you for your consideration.\n\nBest regards,\n";
            case ENTHUSIASTIC -> "Thank you, and I hope to hear from you soon!\n\nBest,\n";
            case FORMAL -> "Thank you for your time and consideration.\n\nYours faithfully,\n";
        });
        String name = profile.contact() == null ? "" : profile.contact().fullName();
        letter.append(name);
        return new CoverLetter("offline", NOTE, tone, length, letter.toString().strip(), focus.matchedNames(),
                FactCheckReport.clean(), false);
    }

    /** The candidate's bullets across positions, most relevant first; ties keep profile order. */
    private List<String> highlights(Profile profile, JobFocus focus, int count) {
        Relevance relevance = new Relevance(spans, focus);
        List<Relevance.Scored> all = new ArrayList<>();
        for (WorkExperience w : profile.work()) {
            for (String bullet : w.bullets()) {
                if (!Words.blank(bullet)) {
                    all.add(relevance.score(bullet.strip()));
                }
            }
        }
        all.sort(Comparator.comparingInt((Relevance.Scored s) -> -s.score()));
        return all.stream().map(Relevance.Scored::text).distinct().limit(count).toList();
    }

    private static String earlierRoles(Profile profile) {
        List<String> roles = new ArrayList<>();
        for (int i = 1; i < profile.work().size() && roles.size() < 2; i++) {
            WorkExperience w = profile.work().get(i);
            if (!Words.blank(w.title())) {
                roles.add(OfflineResumeTailor.roleLabel(w));
            }
        }
        return Words.joinNatural(roles);
    }
}
