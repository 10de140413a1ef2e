package dev.applypilot.server.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobAnalyzerTest {
    private final JobAnalyzer analyzer = new JobAnalyzer(SkillTaxonomy.loadDefault());

    private JobAnalysis analyze(String text) {
        return analyzer.analyze(JobInput.ofText("job", text));
    }

    private static List<String> names(Collection<Skill> skills) {
        return skills.stream().map(Skill::name).toList();
    }

    @Test
    void splitsRequiredFromPreferredByHeadings() {
        JobAnalysis job = analyze(Fixtures.BACKEND_JOB);
        assertTrue(names(job.required().keySet()).containsAll(
                List.of("Java", "Spring Boot", "PostgreSQL", "Kafka", "Docker", "Kubernetes", "AWS")),
                job.required().toString());
        assertTrue(names(job.preferred().keySet()).containsAll(List.of("Terraform", "GraphQL")));
        assertTrue(!job.preferred().containsKey(new Skill("Java", "Language")));
        assertEquals("Experience with Kafka and event-driven architecture.",
                job.required().get(new Skill("Kafka", "Backend")));
    }

    @Test
    void readsInlineHeadingsAndSentenceCues() {
        JobAnalysis job = analyze("Software Developer. Minimum Skills and Competencies: Expert in C#, JavaScript. "
                + "Proficient with Angular. Desired Skills: Experience with Entity Framework. "
                + "Experience with Docker is a plus.");
        assertTrue(names(job.required().keySet()).containsAll(List.of("C#", "JavaScript", "Angular")),
                job.required().toString());
        assertTrue(names(job.preferred().keySet()).containsAll(List.of("Entity Framework", "Docker")),
                job.preferred().toString());
    }

    @Test
    void skillsOnlyMentionedOutsideRequirementsArePreferredWhenRequirementsExist() {
        JobAnalysis job = analyze("""
                Engineer
                Tech stack: Python, React
                You will need:
                Experience building React applications
                Bonus:
                Exposure to machine learning
                """);
        assertEquals(List.of("React"), names(job.required().keySet()));
        assertEquals(List.of("Machine learning", "Python"), names(job.preferred().keySet()).stream().sorted().toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Requirements: 5+ years of experience with Java.|5",
        "At least two years of professional experience.|2",
        "3-5 years experience in a similar role.|3",
        "We have been in business for 20 years.|",
        "Preferred: 8 years of experience.|"})
    void readsMinimumYears(String text, Integer years) {
        assertEquals(years == null ? null : years.doubleValue(), analyze(text).minYears());
    }

    @Test
    void readsEducationWorkAuthorizationAndLocation() {
        JobAnalysis job = analyze("""
                Data Analyst
                This role is onsite in New York.
                Requirements
                Bachelor's or Master's degree in Statistics.
                Candidates must possess authorization to work in the United States, as it is not our practice \
                to sponsor individuals for work visas.
                """);
        assertEquals(EducationLevel.BACHELOR, job.education());
        assertEquals("US", job.authorizationCountry());
        assertTrue(job.noSponsorship());
        assertEquals(RemoteType.ONSITE, job.remoteType());
        assertEquals("New York", job.location());
    }

    @Test
    void detectsRemoteAndIgnoresBenefitsSection() {
        JobAnalysis job = analyze("""
                Frontend Engineer (fully remote)
                Requirements
                Experience with React.
                Benefits
                On-site gym. We use Slack and Python for fun.
                """);
        assertEquals(RemoteType.REMOTE, job.remoteType());
        assertEquals(List.of("React"), names(job.required().keySet()));
        assertTrue(job.preferred().isEmpty(), job.preferred().toString());
    }

    @Test
    void listedAlternativesShareAGroupPerFamily() {
        JobAnalysis job = analyze("Requirements: Proficiency with server-side languages such as Python, Ruby or Java. "
                + "Experience with Kubernetes.");
        Integer python = job.alternatives().get(new Skill("Python", "Language"));
        assertEquals(python, job.alternatives().get(new Skill("Java", "Language")));
        assertEquals(null, job.alternatives().get(new Skill("Kubernetes", "DevOps")));
    }

    @Test
    void readsHeadingsGluedToTheirTextAndOfficeLocations() {
        JobAnalysis job = analyze("""
                Senior Software Engineer
                About Acmehttps://acme.example is building messaging. This is an in-person position at our \
                New York City office.
                Ideal Candidate      4+ years of experience building web applications with React
                Compensation      Salary: $155,000 with Python lunches
                """);
        assertEquals(List.of("React"), names(job.required().keySet()));
        assertEquals(4.0, job.minYears());
        assertEquals("New York City", job.location());
        assertEquals(RemoteType.ONSITE, job.remoteType());
    }
}
