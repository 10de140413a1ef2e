package dev.applypilot.server.generation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfflineGenerationTest {
    private final Drafting drafting = Fixtures.offline();
    private final CandidateSource candidate = CandidateSource.of(Fixtures.profile(), null);

    @Test
    void tailoredResumePutsJobRelevantBulletsAndSkillsFirstAndSaysItIsOffline() {
        TailoredResume r = drafting.tailorResume(candidate, Fixtures.job());
        assertEquals("offline", r.mode());
        assertTrue(r.note().startsWith("Offline mode"), r.note());
        List<String> first = r.experience().get(0).bullets();
        assertTrue(first.get(0).contains("Kafka") || first.get(0).contains("Kubernetes"), first.toString());
        assertEquals(List.of("Java", "Kafka", "Kubernetes", "AWS"), r.skills().subList(0, 4).stream().sorted(
                java.util.Comparator.comparingInt(List.of("Java", "Kafka", "Kubernetes", "AWS")::indexOf)).toList());
        assertTrue(r.skills().indexOf("React") > r.skills().indexOf("Java"));
        assertTrue(r.matchedSkills().containsAll(List.of("Java", "Kafka", "Kubernetes", "AWS")), r.matchedSkills().toString());
        assertTrue(r.missingSkills().contains("Terraform"), r.missingSkills().toString());
        assertTrue(r.changes().stream().anyMatch(c -> c.kind().equals("reordered") && c.reason().contains("job")));
        assertTrue(r.changes().stream().anyMatch(c -> c.kind().equals("not_added") && c.after().contains("Terraform")));
        assertEquals(List.of(), drafting.check(r, candidate, Fixtures.job()));
    }

    @Test
    void rephrasesWeakOpenersAndAliasesToTheJobsSkillName() {
        TailoredResume r = drafting.tailorResume(candidate, Fixtures.job());
        List<String> bullets = r.experience().get(0).bullets();
        assertTrue(bullets.contains("Ran Kubernetes clusters on AWS and cut deployment time by 35%"), bullets.toString());
        assertTrue(bullets.contains("Owned the on-call rotation and incident reviews for the billing team"), bullets.toString());
        assertTrue(r.changes().stream().anyMatch(c -> c.kind().equals("rephrased") && "Ran k8s clusters on AWS and cut deployment time by 35%".equals(c.before())));
        assertFalse(r.skills().contains("Terraform"));
    }

    @Test
    void injectedInstructionsInTheJobDoNotAddSkillsEmployersOrNumbers() {
        TailoredResume r = drafting.tailorResume(candidate, Fixtures.injectedJob());
        String all = String.join("\n", r.summary(), String.join(",", r.skills()), r.experience().toString());
        assertFalse(all.contains("COBOL"));
        assertFalse(all.contains("Google"));
        assertTrue(r.missingSkills().contains("COBOL"), "reported as missing, not added: " + r.missingSkills());
    }

    @Test
    void factCheckCatchesInventedSkillEmployerTitleDateAndNumber() {
        TailoredResume good = drafting.tailorResume(candidate, Fixtures.job());
        ResumeRole role = good.experience().get(0);
        ResumeRole invented = new ResumeRole("CTO", "Google", null, "2001-01", null, true,
                List.of("Rewrote the mainframe in COBOL for 12 banks", "Worked with Terraform daily"));
        TailoredResume bad = new TailoredResume("model", "", good.name(), good.headline(), good.summary(),
                List.of("Java", "Haskell"), List.of(role, invented), good.education(), List.of(), List.of(), List.of(),
                FactCheckReport.clean());
        List<String> kinds = drafting.check(bad, candidate, Fixtures.job()).stream().map(v -> v.kind() + ":" + v.value()).toList();
        assertTrue(kinds.containsAll(List.of("SKILL:Haskell", "EMPLOYER:Google", "TITLE:CTO", "DATE:2001-01",
                "SKILL:COBOL", "NUMBER:12", "SKILL:Terraform")), kinds.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Led the migration at Initrode to Java 21           | NAME:Initrode
            Cut costs by 35% with AWS                          |
            Cut costs by 45% with AWS                          | NUMBER:45
            Ran EKS clusters                                   |
            Shipped GraphQL APIs                               | SKILL:GraphQL
            """)
    void factCheckOnFreeText(String text, String expected) {
        List<String> found = drafting.check("text", text, candidate, Fixtures.job()).stream()
                .map(v -> v.kind() + ":" + v.value()).toList();
        assertEquals(expected == null ? List.of() : List.of(expected), found.stream()
                .filter(f -> !f.equals("NUMBER:21")).toList(), text);
    }

    @ParameterizedTest
    @CsvSource({"PROFESSIONAL,SHORT", "ENTHUSIASTIC,MEDIUM", "FORMAL,LONG"})
    void coverLettersFollowToneAndLengthAndStateOnlyProfileFacts(Tone tone, LetterLength length) {
        CoverLetter letter = drafting.coverLetter(candidate, Fixtures.job(), tone, length);
        assertTrue(letter.text().contains("Fabrikam"), letter.text());
        assertTrue(letter.text().endsWith("Dana Kowalski"));
        long highlights = letter.text().lines().filter(l -> l.startsWith("- ")).count();
        assertEquals(length.highlights, highlights, letter.text());
        assertEquals(List.of(), drafting.check("letter", letter.text(), candidate, Fixtures.job()), letter.text());
        assertEquals(length == LetterLength.LONG, letter.text().contains("TU Berlin"));
    }

    @Test
    void answersReuseTheAnswerBankAndOtherwiseDraftFromTheProfile() {
        CandidateSource withBank = new CandidateSource(Fixtures.profile(), null, List.of(
                new AnswerBankEntry("Are you willing to relocate to another city?", "Yes, within Germany.")));
        DraftAnswers answers = drafting.draftAnswers(withBank, Fixtures.job(), List.of(
                "Are you willing to relocate?", "Why do you want to join Fabrikam?", "Describe your experience with Kafka.",
                "How many years have you used Terraform?"));
        assertEquals("answer_bank", answers.answers().get(0).source());
        assertEquals("Yes, within Germany.", answers.answers().get(0).answer());
        assertTrue(answers.answers().get(1).answer().contains("Fabrikam"));
        assertTrue(answers.answers().get(2).answer().contains("4 years"), answers.answers().get(2).answer());
        assertEquals("none", answers.answers().get(3).source());
        assertTrue(answers.answers().stream().allMatch(DraftAnswer::needsReview));
    }

    @Test
    void interviewQuestionsCoverBehaviourSkillsAndCompanyAndTheRubricRewardsStar() {
        InterviewPrep prep = drafting.interviewQuestions(candidate, Fixtures.job());
        assertEquals(4, prep.questions().stream().filter(q -> q.kind().equals("BEHAVIOURAL")).count());
        assertTrue(prep.questions().stream().anyMatch(q -> q.kind().equals("TECHNICAL") && q.text().contains("Kafka")));
        assertTrue(prep.questions().stream().anyMatch(q -> q.kind().equals("COMPANY") && q.text().contains("Fabrikam")));
        InterviewQuestion q = prep.questions().get(0);
        AnswerFeedback weak = drafting.feedback(prep, q, "I am good at this.");
        AnswerFeedback strong = drafting.feedback(prep, q, "When our billing pipeline kept failing at Northwind, my goal was "
                + "to make it reliable before peak season. I built an idempotent consumer in Java on Kafka, added "
                + "alerting, and I wrote a runbook with the on-call team and walked every engineer through it in two "
                + "sessions. As a result incidents dropped from 9 a month to 2, and the deployment time went down 35% "
                + "because we stopped hot-fixing in production at night and could ship during the day instead.");
        assertTrue(strong.score() > weak.score() + 30, weak.score() + " vs " + strong.score());
        assertEquals(100, strong.rubric().get(0).score());
        SessionFeedback session = drafting.session("s", prep, List.of(weak, strong));
        assertEquals(2, session.answered());
        assertFalse(session.focusNext().isEmpty());
    }
}
