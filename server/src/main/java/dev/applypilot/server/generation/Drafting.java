package dev.applypilot.server.generation;

import dev.applypilot.server.matching.SkillTaxonomy;
import dev.applypilot.shared.profile.Profile;
import dev.applypilot.shared.profile.WorkExperience;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes each kind of document, with the model when one is configured and offline otherwise, and fact-checks what
 * it says about the candidate. A model answer that fails the check (or is not the JSON asked for) is rejected with
 * a 422 or replaced by the offline version, per {@code applypilot.generation.on-fact-check-failure}; the document's
 * note and fact-check report say which. No database, no Redis: {@link GenerationService} adds those.
 */
public final class Drafting {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Drafting.class);
    private final SkillSpans spans;
    private final FactChecker checker;
    private final LanguageModel model;
    private final boolean reject;
    private final JsonMapper json;
    private final OfflineResumeTailor tailor;
    private final OfflineCoverLetterWriter letters;
    private final OfflineAnswerDrafter answers;
    private final OfflineInterviewCoach coach;

    /** @param model null or offline for the offline mode */
    public Drafting(SkillTaxonomy taxonomy, LanguageModel model, boolean rejectOnFactCheckFailure, JsonMapper json) {
        this.spans = new SkillSpans(taxonomy);
        this.checker = new FactChecker(spans);
        this.model = model == null || model.offline() ? null : model;
        this.reject = rejectOnFactCheckFailure;
        this.json = json;
        this.tailor = new OfflineResumeTailor(spans);
        this.letters = new OfflineCoverLetterWriter(spans);
        this.answers = new OfflineAnswerDrafter(spans);
        this.coach = new OfflineInterviewCoach(spans);
    }

    /** Whether documents come from a model. */
    public boolean usesModel() {
        return model != null;
    }

    /** Fact violations of a tailored resume against the candidate's sources (empty = clean). */
    public List<FactViolation> check(TailoredResume resume, CandidateSource candidate, JobDetails job) {
        return checker.checkResume(resume, FactSource.of(candidate, job, spans));
    }

    /** Fact violations of a free text (letter, answer) against the candidate's sources. */
    public List<FactViolation> check(String where, String text, CandidateSource candidate, JobDetails job) {
        return checker.checkText(where, text, FactSource.of(candidate, job, spans));
    }

    public TailoredResume tailorResume(CandidateSource candidate, JobDetails job) {
        FactSource source = FactSource.of(candidate, job, spans);
        JobFocus focus = JobFocus.of(job, source, spans);
        TailoredResume offline = tailor.tailor(candidate, job, source, focus);
        requireClean(checker.checkResume(offline, source));
        if (model == null) {
            return offline;
        }
        Profile profile = candidate.profile();
        List<FactViolation> violations;
        TailoredResume fromModel = null;
        try {
            ModelAnswers.Tailoring answer = model.ask(Prompts.load("system"), Prompts.fill("tailor-resume", Map.of(
                    "positions", Integer.toString(profile.work().size()),
                    "matched", String.join(", ", focus.matchedNames()),
                    "missing", String.join(", ", focus.missingNames()),
                    "profile", profileJson(candidate),
                    "job", UntrustedText.jobBlock(job))), ModelAnswers.Tailoring.class);
            fromModel = assemble(answer, offline, profile);
            violations = checker.checkResume(fromModel, source);
        } catch (ModelAnswerInvalidException e) {
            violations = List.of();
        }
        if (fromModel != null && violations.isEmpty()) {
            return fromModel;
        }
        return fallBack("tailored resume", violations, report -> offline.withOutcome("offline",
                OfflineResumeTailor.NOTE + " The AI's version was not used: " + report.outcome(), report));
    }

    public CoverLetter coverLetter(CandidateSource candidate, JobDetails job, Tone tone, LetterLength length) {
        FactSource source = FactSource.of(candidate, job, spans);
        JobFocus focus = JobFocus.of(job, source, spans);
        CoverLetter offline = letters.write(candidate, job, focus, tone, length);
        requireClean(checker.checkText("letter", offline.text(), source));
        if (model == null) {
            return offline;
        }
        List<FactViolation> violations = List.of();
        String text = null;
        try {
            ModelAnswers.Letter answer = model.ask(Prompts.load("system"), Prompts.fill("cover-letter", Map.of(
                    "tone", tone.name().toLowerCase(Locale.ROOT), "maxWords", Integer.toString(length.maxWords()),
                    "matched", String.join(", ", focus.matchedNames()), "profile", profileJson(candidate),
                    "job", UntrustedText.jobBlock(job))), ModelAnswers.Letter.class);
            if (answer.text() == null || answer.text().isBlank()) {
                throw new ModelAnswerInvalidException("no letter text");
            }
            text = answer.text().strip();
            violations = checker.checkText("letter", text, source);
        } catch (ModelAnswerInvalidException e) {
            text = null;
        }
        if (text != null && violations.isEmpty()) {
            return new CoverLetter("model", "Written by " + model.describe() + " from your profile; fact-checked.",
                    tone, length, text, focus.matchedNames(), FactCheckReport.clean(), false);
        }
        return fallBack("cover letter", violations, report -> offline.withOutcome("offline",
                OfflineCoverLetterWriter.NOTE + " The AI's version was not used: " + report.outcome(), report));
    }

    public DraftAnswers draftAnswers(CandidateSource candidate, JobDetails job, List<String> questions) {
        FactSource source = FactSource.of(candidate, job, spans);
        JobFocus focus = JobFocus.of(job, source, spans);
        DraftAnswers offline = answers.draft(candidate, job, focus, source, questions);
        requireClean(checkAnswers(offline.answers(), source));
        if (model == null) {
            return offline;
        }
        List<FactViolation> violations = List.of();
        List<DraftAnswer> drafted = null;
        try {
            StringBuilder numbered = new StringBuilder();
            for (int i = 0; i < questions.size(); i++) {
                numbered.append(i + 1).append(". ").append(UntrustedText.strip(questions.get(i))).append('\n');
            }
            StringBuilder bank = new StringBuilder();
            for (AnswerBankEntry e : candidate.answerBank()) {
                bank.append("Q: ").append(UntrustedText.strip(e.question())).append("\nA: ")
                        .append(UntrustedText.strip(e.answer())).append("\n\n");
            }
            ModelAnswers.Answers answer = model.ask(Prompts.load("system"), Prompts.fill("answers", Map.of(
                    "answerBank", bank.toString(), "profile", profileJson(candidate), "job", UntrustedText.jobBlock(job),
                    "questions", numbered.toString())), ModelAnswers.Answers.class);
            if (answer.answers() == null || answer.answers().size() != questions.size()) {
                throw new ModelAnswerInvalidException("one answer per question was expected");
            }
            drafted = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                String text = answer.answers().get(i).answer() == null ? "" : answer.answers().get(i).answer().strip();
                drafted.add(new DraftAnswer(questions.get(i).strip(), text, text.isEmpty() ? "none" : "model", null, true));
            }
            violations = checkAnswers(drafted, source);
        } catch (ModelAnswerInvalidException e) {
            drafted = null;
        }
        if (drafted != null && violations.isEmpty()) {
            return new DraftAnswers("model", "Drafted by " + model.describe() + "; fact-checked. Review before use.",
                    drafted, FactCheckReport.clean());
        }
        return fallBack("answers", violations, report -> offline.withOutcome("offline",
                OfflineAnswerDrafter.NOTE + " The AI's version was not used: " + report.outcome(), report));
    }

    public InterviewPrep interviewQuestions(CandidateSource candidate, JobDetails job) {
        FactSource source = FactSource.of(candidate, job, spans);
        JobFocus focus = JobFocus.of(job, source, spans);
        InterviewPrep offline = coach.questions(job, focus);
        if (model == null) {
            return offline;
        }
        try {
            ModelAnswers.Questions answer = model.ask(Prompts.load("system"), Prompts.fill("interview-questions",
                    Map.of("job", UntrustedText.jobBlock(job))), ModelAnswers.Questions.class);
            List<InterviewQuestion> questions = new ArrayList<>();
            for (ModelAnswers.Question q : answer.questions() == null ? List.<ModelAnswers.Question>of() : answer.questions()) {
                if (q.text() != null && !q.text().isBlank()) {
                    String kind = q.kind() == null ? "BEHAVIOURAL" : q.kind().strip().toUpperCase(Locale.ROOT);
                    questions.add(new InterviewQuestion("q" + (questions.size() + 1), kind, q.text().strip(),
                            q.focus() == null ? List.of() : q.focus(), q.hint() == null ? "" : q.hint().strip()));
                }
            }
            if (questions.isEmpty()) {
                throw new ModelAnswerInvalidException("no questions");
            }
            return new InterviewPrep("model", "Questions by " + model.describe() + "; feedback uses the rubric.",
                    offline.jobTitle(), offline.company(), offline.jobSkills(), questions);
        } catch (ModelAnswerInvalidException e) {
            return new InterviewPrep("offline", OfflineInterviewCoach.NOTE + " The AI's questions were not usable.",
                    offline.jobTitle(), offline.company(), offline.jobSkills(), offline.questions());
        }
    }

    /** Rubric feedback on one practice answer. */
    public AnswerFeedback feedback(InterviewPrep prep, InterviewQuestion question, String answer) {
        return coach.feedback(question, answer, prep.jobSkills());
    }

    public SessionFeedback session(String sessionId, InterviewPrep prep, List<AnswerFeedback> feedback) {
        return coach.session(sessionId, prep, feedback);
    }

    private List<FactViolation> checkAnswers(List<DraftAnswer> drafted, FactSource source) {
        List<FactViolation> violations = new ArrayList<>();
        for (int i = 0; i < drafted.size(); i++) {
            // "none" answers say what the profile lacks; they name the missing skill on purpose.
            if (!"none".equals(drafted.get(i).source()) && !"answer_bank".equals(drafted.get(i).source())) {
                violations.addAll(checker.checkText("answers[" + i + "]", drafted.get(i).answer(), source));
            }
        }
        return violations;
    }

    private TailoredResume assemble(ModelAnswers.Tailoring answer, TailoredResume offline, Profile profile) {
        List<ModelAnswers.Position> positions = answer.experience() == null ? List.of() : answer.experience();
        if (positions.size() != profile.work().size() || answer.summary() == null) {
            throw new ModelAnswerInvalidException("expected " + profile.work().size() + " positions and a summary");
        }
        List<ResumeRole> roles = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            WorkExperience w = profile.work().get(i);
            List<String> bullets = positions.get(i).bullets() == null ? List.of() : positions.get(i).bullets().stream()
                    .filter(b -> b != null && !b.isBlank()).map(String::strip).toList();
            // Titles, employers and dates are copied from the profile: the model only rewrites bullets.
            roles.add(new ResumeRole(offline.experience().get(i).title(), offline.experience().get(i).company(),
                    w.location(), w.start(), w.end(), w.current(), bullets));
        }
        List<String> skills = answer.skills() == null || answer.skills().isEmpty() ? offline.skills()
                : answer.skills().stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        List<ResumeChange> changes = answer.changes() == null ? List.of() : answer.changes().stream()
                .filter(c -> c != null && c.reason() != null).toList();
        return new TailoredResume("model", "Tailored by " + model.describe() + " from your profile; fact-checked.",
                offline.name(), offline.headline(), answer.summary().strip(), skills, roles, offline.education(), changes,
                offline.matchedSkills(), offline.missingSkills(), FactCheckReport.clean());
    }

    private <T> T fallBack(String what, List<FactViolation> violations, java.util.function.Function<FactCheckReport, T> offline) {
        if (reject) {
            throw new FactCheckFailedException(what, violations);
        }
        String outcome = violations.isEmpty() ? "its answer was not the JSON asked for."
                : "it stated facts not in your profile (" + violations.stream().limit(5)
                .map(v -> v.kind().toLowerCase(Locale.ROOT) + " '" + v.value() + "'").toList() + ").";
        return offline.apply(new FactCheckReport(true, "model answer rejected; offline version used: " + outcome, violations));
    }

    /**
     * The offline writers only reuse the user's own words, so a violation here is a checker or template bug (the
     * property tests look for them): logged, not turned into an error for the user.
     */
    private static void requireClean(List<FactViolation> violations) {
        if (!violations.isEmpty()) {
            LOG.warn("Offline generation flagged by the fact check (template or checker bug): {}", violations);
        }
    }

    /** What the model may know about the candidate: work, education, skills, languages, certifications, name. */
    private String profileJson(CandidateSource candidate) {
        Profile p = candidate.profile();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", p.contact() == null ? "" : p.contact().fullName());
        view.put("work", p.work());
        view.put("education", p.education());
        view.put("skills", p.skills());
        view.put("languages", p.languages());
        view.put("certifications", p.certifications());
        if (!candidate.resumeText().isBlank()) {
            view.put("resumeText", UntrustedText.strip(candidate.resumeText()));
        }
        try {
            return UntrustedText.strip(json.writeValueAsString(view));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
