package dev.applypilot.server.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchServiceTest {
    private static final MatchService SERVICE = Fixtures.SERVICE;
    private static final JobInput BACKEND_JOB = JobInput.ofText("backend", Fixtures.BACKEND_JOB);
    private static final CandidateFacts EU_CANDIDATE = new CandidateFacts(List.of(), null, List.of(), "Berlin, Germany",
            false, Set.of("Germany"), false, null);

    private static ConstraintCheck check(MatchResult result, String name) {
        return result.constraints().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void strongMatchScoresHigh() {
        MatchResult result = SERVICE.match(new ResumeInput(Fixtures.BACKEND_RESUME, EU_CANDIDATE), BACKEND_JOB);
        assertTrue(result.score() >= 80, result.toString());
        assertEquals(MatchBand.GREAT, result.band());
        assertTrue(result.constraints().stream().allMatch(c -> c.status() == ConstraintStatus.PASS),
                result.constraints().toString());
    }

    @Test
    void unrelatedResumeScoresLow() {
        MatchResult result = SERVICE.match(ResumeInput.ofText(Fixtures.NURSE_RESUME), BACKEND_JOB);
        assertTrue(result.score() <= 20, result.toString());
        assertEquals(MatchBand.POOR, result.band());
    }

    @Test
    void explainsMatchedAndMissingSkillsWithEvidence() {
        String resume = "Backend Developer\nExperience\nBuilt services in Java with Spring Boot and PostgreSQL.";
        MatchResult result = SERVICE.match(ResumeInput.ofText(resume), BACKEND_JOB);
        KeywordMatch java = result.matched().stream().filter(m -> m.skill().equals("Java")).findFirst().orElseThrow();
        assertEquals(Importance.REQUIRED, java.importance());
        assertEquals("Built services in Java with Spring Boot and PostgreSQL.", java.resumeEvidence());
        assertEquals("5+ years of experience building backend systems in Java.", java.jobEvidence());
        KeywordMatch kafka = result.missing().stream().filter(m -> m.skill().equals("Kafka")).findFirst().orElseThrow();
        assertEquals(null, kafka.resumeEvidence());
        assertNotNull(kafka.jobEvidence());
    }

    @Test
    void failedWorkAuthorizationCapsTheScore() {
        CandidateFacts needsVisa = new CandidateFacts(List.of(), null, List.of(), "Berlin, Germany", false, Set.of(),
                true, null);
        MatchResult result = SERVICE.match(new ResumeInput(Fixtures.BACKEND_RESUME, needsVisa), BACKEND_JOB);
        assertEquals(ConstraintStatus.FAIL, check(result, "Work authorization").status());
        assertTrue(result.breakdown().uncappedScore() > 30);
        assertEquals(ConstraintChecker.AUTHORIZATION_CAP, result.score());
    }

    @Test
    void onSiteJobElsewhereFailsLocationUnlessWillingToRelocate() {
        CandidateFacts inLisbon = new CandidateFacts(List.of(), null, List.of(), "Lisbon, Portugal", false,
                Set.of("EU"), false, null);
        MatchResult stays = SERVICE.match(new ResumeInput(Fixtures.BACKEND_RESUME, inLisbon), BACKEND_JOB);
        assertEquals(ConstraintStatus.FAIL, check(stays, "Location").status());
        assertTrue(stays.score() <= ConstraintChecker.LOCATION_CAP);

        CandidateFacts moves = new CandidateFacts(List.of(), null, List.of(), "Lisbon, Portugal", true,
                Set.of("EU"), false, null);
        assertEquals(ConstraintStatus.PASS,
                check(SERVICE.match(new ResumeInput(Fixtures.BACKEND_RESUME, moves), BACKEND_JOB), "Location").status());
    }

    @Test
    void tooFewYearsFailsAndUnknownFactsStayUnknown() {
        CandidateFacts junior = new CandidateFacts(List.of(), 1.0, List.of(), null, false, Set.of(), null, null);
        MatchResult result = SERVICE.match(new ResumeInput(Fixtures.BACKEND_RESUME, junior), BACKEND_JOB);
        assertEquals(ConstraintStatus.FAIL, check(result, "Years of experience").status());
        assertTrue(result.score() <= 55, result.toString());
        assertEquals(ConstraintStatus.UNKNOWN, check(result, "Location").status());
        assertEquals(ConstraintStatus.UNKNOWN, check(result, "Work authorization").status());
    }

    @Test
    void estimatesYearsFromResumeDateRanges() {
        MatchResult result = SERVICE.match(ResumeInput.ofText(Fixtures.BACKEND_RESUME), BACKEND_JOB);
        ConstraintCheck years = check(result, "Years of experience");
        assertEquals(ConstraintStatus.PASS, years.status());
        assertTrue(years.explanation().contains("9 years"), years.explanation());
    }

    @Test
    void profileSkillsCountAsEvidence() {
        ResumeInput resume = new ResumeInput("Backend Developer", CandidateFacts.none().withSkills(List.of("k8s")));
        MatchResult result = SERVICE.match(resume, BACKEND_JOB);
        KeywordMatch k8s = result.matched().stream().filter(m -> m.skill().equals("Kubernetes")).findFirst()
                .orElseThrow();
        assertEquals(ResumeAnalyzer.PROFILE_EVIDENCE, k8s.resumeEvidence());
    }

    @Test
    void ranksTheMatchingJobFirstAndReusesCachedEmbeddings() {
        LruEmbeddingCache cache = new LruEmbeddingCache();
        MatchService service = new MatchService(cache, Fixtures.CLOCK_2025);
        JobInput nurseJob = JobInput.ofText("icu", """
                ICU Registered Nurse
                Requirements: current RN license, two years of intensive care experience, BLS and ACLS.
                """);
        List<JobInput> jobs = List.of(nurseJob, BACKEND_JOB);
        List<RankedJob> first = service.rank(ResumeInput.ofText(Fixtures.BACKEND_RESUME), jobs);
        int cached = cache.size();
        List<RankedJob> second = service.rank(ResumeInput.ofText(Fixtures.BACKEND_RESUME), jobs);
        assertEquals(List.of("backend", "icu"), first.stream().map(RankedJob::jobId).toList());
        assertEquals(first, second);
        assertEquals(cached, cache.size());
    }

    @Test
    void anyOfListedAlternativesCoversTheRequirement() {
        JobInput job = JobInput.ofText("alt", """
                Backend Developer
                Requirements
                Proficiency with server-side languages such as Python, Ruby, Java or PHP.
                """);
        MatchResult result = SERVICE.match(ResumeInput.ofText("Developer\nWrote backend code in Ruby."), job);
        assertEquals(1.0, result.breakdown().components().get(0).value());
        assertEquals(List.of("Ruby"), result.matched().stream().map(KeywordMatch::skill).toList());
        assertTrue(result.missing().isEmpty(), result.missing().toString());
    }
}
