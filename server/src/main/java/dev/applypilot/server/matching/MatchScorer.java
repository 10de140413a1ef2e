package dev.applypilot.server.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Combines skill coverage, calibrated similarity and title fit, then applies the caps of failed constraints. */
final class MatchScorer {
    static final double REQUIRED_WEIGHT = 0.45;
    static final double PREFERRED_WEIGHT = 0.15;
    static final double SEMANTIC_WEIGHT = 0.25;
    static final double TITLE_WEIGHT = 0.15;

    private MatchScorer() {
    }

    static MatchResult score(PreparedResume resume, JobAnalysis job, float[] jobEmbedding) {
        ResumeAnalysis cv = resume.analysis;
        List<KeywordMatch> matched = new ArrayList<>();
        List<KeywordMatch> missing = new ArrayList<>();
        List<ScoreComponent> parts = new ArrayList<>();

        Double required = coverage(cv, job.required(), Importance.REQUIRED, matched, missing);
        if (required != null) {
            parts.add(new ScoreComponent("Required skills", required, REQUIRED_WEIGHT,
                    count(matched, Importance.REQUIRED) + " of " + job.required().size() + " required skills"));
        }
        Double preferred = coverage(cv, job.preferred(), Importance.PREFERRED, matched, missing);
        if (preferred != null) {
            parts.add(new ScoreComponent("Preferred skills", preferred, PREFERRED_WEIGHT,
                    count(matched, Importance.PREFERRED) + " of " + job.preferred().size() + " preferred skills"));
        }

        double whole = TextEmbedder.cosine(resume.wholeEmbedding, jobEmbedding);
        double bestSection = whole;
        for (float[] section : resume.sectionEmbeddings) {
            bestSection = Math.max(bestSection, TextEmbedder.cosine(section, jobEmbedding));
        }
        double raw = Math.round((whole + bestSection) / 2 * 10_000) / 10_000.0;
        parts.add(new ScoreComponent("Semantic similarity", SemanticCalibration.calibrate(raw), SEMANTIC_WEIGHT,
                String.format(Locale.ROOT, "cosine %.3f (whole resume %.3f, best section %.3f), calibrated %.2f-%.2f",
                        raw, whole, bestSection, SemanticCalibration.FLOOR, SemanticCalibration.CEILING)));

        ScoreComponent title = titleFit(cv, job);
        if (title != null) {
            parts.add(title);
        }

        double weightSum = parts.stream().mapToDouble(ScoreComponent::weight).sum();
        List<ScoreComponent> normalised = new ArrayList<>();
        double total = 0;
        for (ScoreComponent p : parts) {
            double w = Math.round(p.weight() / weightSum * 10_000) / 10_000.0;
            double v = Math.round(p.value() * 10_000) / 10_000.0;
            normalised.add(new ScoreComponent(p.name(), v, w, p.detail()));
            total += w * v;
        }
        int uncapped = (int) Math.round(Math.max(0, Math.min(1, total)) * 100);
        List<ConstraintCheck> checks = ConstraintChecker.check(cv, job);
        int cap = checks.stream().filter(c -> c.status() == ConstraintStatus.FAIL).mapToInt(ConstraintCheck::cap)
                .min().orElse(100);
        int score = Math.min(uncapped, cap);
        return new MatchResult(score, MatchBand.of(score), List.copyOf(matched), List.copyOf(missing),
                List.copyOf(checks), new ScoreBreakdown(List.copyOf(normalised), uncapped, cap, raw));
    }

    /** Weighted share of the job's skills the candidate has (soft skills weigh half); null when the job lists none. */
    private static Double coverage(ResumeAnalysis cv, Map<Skill, String> wanted, Importance importance,
                                   List<KeywordMatch> matched, List<KeywordMatch> missing) {
        if (wanted.isEmpty()) {
            return null;
        }
        double have = 0;
        double all = 0;
        for (Map.Entry<Skill, String> e : wanted.entrySet()) {
            Skill skill = e.getKey();
            all += skill.weight();
            String evidence = cv.skills().get(skill);
            if (evidence != null) {
                have += skill.weight();
                matched.add(new KeywordMatch(skill.name(), skill.category(), importance, evidence, e.getValue()));
            } else {
                missing.add(new KeywordMatch(skill.name(), skill.category(), importance, null, e.getValue()));
            }
        }
        return have / all;
    }

    private static long count(List<KeywordMatch> matched, Importance importance) {
        return matched.stream().filter(m -> m.importance() == importance).count();
    }

    /** Role words shared with the job title and closeness of level; null when neither side gives anything. */
    private static ScoreComponent titleFit(ResumeAnalysis cv, JobAnalysis job) {
        Set<String> wanted = job.roleConcepts();
        Double role = null;
        if (!wanted.isEmpty() && !cv.titles().isEmpty()) {
            long shared = wanted.stream().filter(cv.roleConcepts()::contains).count();
            role = (double) shared / wanted.size();
        }
        Double level = null;
        if (cv.seniority() != null) {
            int diff = cv.seniority().ordinal() - job.seniority().ordinal();
            level = diff >= 0 ? new double[] {1, 0.85, 0.6, 0.3, 0.3, 0.3}[diff]
                    : new double[] {1, 0.7, 0.35, 0, 0, 0}[-diff];
        }
        if (role == null && level == null) {
            return null;
        }
        double value = role == null ? level : level == null ? role : 0.6 * role + 0.4 * level;
        String detail = "job \"" + (job.title() == null ? "?" : job.title()) + "\" (" + job.seniority() + ")"
                + ", candidate " + (cv.titles().isEmpty() ? "?" : "\"" + cv.titles().get(0) + "\"")
                + " (" + (cv.seniority() == null ? "?" : cv.seniority()) + ")";
        return new ScoreComponent("Title and seniority", value, TITLE_WEIGHT, detail);
    }
}
