package dev.applypilot.server.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MatchPropertiesTest {
    private static final MatchService SERVICE = Fixtures.SERVICE;
    private static final List<String> SKILLS = List.of("Java", "Python", "React", "Kubernetes", "PostgreSQL",
            "Kafka", "AWS", "Docker", "Terraform", "GraphQL", "Excel", "Salesforce", "Scrum", "Figma");
    private static final List<String> SENTENCES = List.of(
            "Built backend services and REST APIs.", "Led a team of five engineers.", "Managed quarterly budgets.",
            "Cared for patients in the ICU.", "Designed mobile screens in Figma.", "Wrote data pipelines in Python.",
            "Requirements", "Nice to have", "5+ years of experience required.", "Must be authorized to work in the US.",
            "Senior Software Engineer", "Remote", "Experience with Kafka is a plus.", "Bachelor's degree required.");

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> line = Arbitraries.oneOf(Arbitraries.of(SENTENCES),
                Arbitraries.of(SKILLS).list().ofMinSize(1).ofMaxSize(4).map(s -> "Experience with " + String.join(", ", s) + "."),
                Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '.', '\n').ofMaxLength(60));
        return line.list().ofMaxSize(12).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<String> skills() {
        return Arbitraries.of(SKILLS);
    }

    @Property(tries = 40)
    void scoreStaysWithin0And100(@ForAll("documents") String resume, @ForAll("documents") String job) {
        MatchResult result = SERVICE.match(ResumeInput.ofText(resume), JobInput.ofText("j", job));
        assertTrue(result.score() >= 0 && result.score() <= 100, result.toString());
        assertEquals(MatchBand.of(result.score()), result.band());
    }

    @Property(tries = 40)
    void addingARequiredSkillNeverLowersTheScore(@ForAll("documents") String resume, @ForAll("documents") String job,
                                                 @ForAll("skills") String skill) {
        String jobText = "Requirements\nExperience with " + skill + ".\n" + job;
        JobInput jobInput = JobInput.ofText("j", jobText);
        MatchResult without = SERVICE.match(ResumeInput.ofText(resume), jobInput);
        List<String> withSkill = new ArrayList<>(List.of(skill));
        MatchResult with = SERVICE.match(new ResumeInput(resume, CandidateFacts.none().withSkills(withSkill)), jobInput);
        assertTrue(with.score() >= without.score(), without.score() + " -> " + with.score());
    }

    @Property(tries = 30)
    void identicalInputsGiveIdenticalResults(@ForAll("documents") String resume, @ForAll("documents") String job) {
        MatchService fresh = new MatchService(new LruEmbeddingCache(), Fixtures.CLOCK_2025);
        assertEquals(SERVICE.match(ResumeInput.ofText(resume), JobInput.ofText("j", job)),
                fresh.match(ResumeInput.ofText(resume), JobInput.ofText("j", job)));
    }
}
