package dev.applypilot.server.generation;

import dev.applypilot.server.matching.Skill;
import dev.applypilot.shared.profile.Profile;
import dev.applypilot.shared.profile.WorkExperience;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Drafts answers without a model: reuses the closest answer-bank entry when the questions share most of their words,
 * otherwise builds a short answer from profile facts (motivation, introduction, a named skill) or says plainly that
 * the profile cannot answer it. Every draft is marked for review.
 */
final class OfflineAnswerDrafter {
    static final String NOTE = "Offline mode: drafted from your answer bank and profile without an AI model. "
            + "Review every answer before using it.";
    /** Share of content words two questions must have in common to reuse a saved answer. */
    static final double REUSE_SIMILARITY = 0.5;

    private final SkillSpans spans;

    OfflineAnswerDrafter(SkillSpans spans) {
        this.spans = spans;
    }

    DraftAnswers draft(CandidateSource candidate, JobDetails job, JobFocus focus, FactSource source, List<String> questions) {
        List<DraftAnswer> answers = new ArrayList<>();
        for (String question : questions) {
            answers.add(draftOne(candidate, job, focus, source, question.strip()));
        }
        return new DraftAnswers("offline", NOTE, answers, FactCheckReport.clean());
    }

    private DraftAnswer draftOne(CandidateSource candidate, JobDetails job, JobFocus focus, FactSource source, String question) {
        AnswerBankEntry best = null;
        double bestScore = 0;
        for (AnswerBankEntry entry : candidate.answerBank()) {
            double score = similarity(question, entry.question());
            if (score > bestScore) {
                best = entry;
                bestScore = score;
            }
        }
        if (best != null && bestScore >= REUSE_SIMILARITY) {
            return new DraftAnswer(question, best.answer().strip(), "answer_bank", best.question(), true);
        }
        Profile profile = candidate.profile();
        WorkExperience current = profile.currentJob();
        String lower = question.toLowerCase(Locale.ROOT);
        List<String> matched = focus.matchedNames().subList(0, Math.min(3, focus.matched().size()));
        String bestBullet = bestBullet(profile, question, focus);

        List<SkillSpans.Span> asked = spans.findAll(question);
        if (!asked.isEmpty()) {
            Skill skill = asked.get(0).skill();
            if (!source.skills().contains(skill)) {
                return new DraftAnswer(question, "Your profile does not show " + asked.get(0).surface()
                        + "; answer this one yourself, honestly.", "none", null, true);
            }
            String evidence = bulletMentioning(profile, skill).orElse(bestBullet);
            String years = profile.skills().stream()
                    .filter(s -> s.years() != null && spans.taxonomy().resolve(s.name()).filter(skill::equals).isPresent())
                    .map(s -> " I have " + s.years() + " years of experience with " + s.name().strip() + ".").findFirst().orElse("");
            return new DraftAnswer(question, ("I have worked with " + asked.get(0).surface() + "." + years
                    + (evidence.isEmpty() ? "" : " For example: " + evidence)).strip(), "profile", null, true);
        }
        if (lower.contains("why") && (lower.contains("compan") || lower.contains(" us") || lower.contains("join")
                || lower.contains("role") || lower.contains("position") || lower.contains("interest"))) {
            String answer = "The " + job.title().strip() + " role at " + job.companyOr("your company") + " fits what I do best"
                    + (matched.isEmpty() ? "." : ": it centres on " + Words.joinNatural(matched) + ", which I use in my work.")
                    + (bestBullet.isEmpty() ? "" : " For example: " + bestBullet);
            return new DraftAnswer(question, answer, "profile", null, true);
        }
        if (current != null && (lower.contains("yourself") || lower.contains("introduce") || lower.contains("background")
                || lower.contains("experience") || lower.contains("describe"))) {
            String answer = "I work as " + OfflineResumeTailor.roleLabel(current) + "."
                    + (bestBullet.isEmpty() ? "" : " Recently: " + bestBullet);
            return new DraftAnswer(question, answer, "profile", null, true);
        }
        if (!bestBullet.isEmpty() && new Relevance(spans, focus).score(bestBullet).score() > 0) {
            return new DraftAnswer(question, "From my experience: " + bestBullet, "profile", null, true);
        }
        return new DraftAnswer(question, "", "none", null, true);
    }

    static double similarity(String a, String b) {
        Set<String> wa = Words.content(a);
        Set<String> wb = Words.content(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(wa);
        union.addAll(wb);
        long shared = wa.stream().filter(wb::contains).count();
        return (double) shared / union.size();
    }

    /** The bullet sharing most words with the question, then with the job; empty without bullets. */
    private String bestBullet(Profile profile, String question, JobFocus focus) {
        Set<String> questionWords = Words.content(question);
        Relevance relevance = new Relevance(spans, focus);
        String best = "";
        int bestScore = -1;
        for (WorkExperience w : profile.work()) {
            for (String bullet : w.bullets()) {
                if (Words.blank(bullet)) {
                    continue;
                }
                int score = 10 * (int) Words.content(bullet).stream().filter(questionWords::contains).count()
                        + relevance.score(bullet).score();
                if (score > bestScore) {
                    best = bullet.strip();
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private Optional<String> bulletMentioning(Profile profile, Skill skill) {
        for (WorkExperience w : profile.work()) {
            for (String bullet : w.bullets()) {
                if (!Words.blank(bullet) && spans.findAll(bullet).stream().anyMatch(s -> s.skill().equals(skill))) {
                    return Optional.of(bullet.strip());
                }
            }
        }
        return Optional.empty();
    }
}
