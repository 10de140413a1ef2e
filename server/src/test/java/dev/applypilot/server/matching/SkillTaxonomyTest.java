package dev.applypilot.server.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillTaxonomyTest {
    private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.loadDefault();

    private static List<String> found(String sentence) {
        return TAXONOMY.find(sentence).stream().map(Skill::name).toList();
    }

    @Test
    void shipsSeveralHundredSkills() {
        assertTrue(TAXONOMY.size() >= 250, "size " + TAXONOMY.size());
    }

    @ParameterizedTest
    @CsvSource({"React.js,React", "k8s,Kubernetes", "JS,JavaScript", "Postgres,PostgreSQL", "golang,Go",
        "node.js,Node.js", "C#,C#", "asp.net,ASP.NET", "CI/CD,CI/CD", "Machine Learning,Machine learning"})
    void resolvesAliasesToCanonicalNames(String alias, String canonical) {
        assertEquals(canonical, TAXONOMY.resolve(alias).map(Skill::name).orElse(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Experience with Spring Boot and RESTful APIs.|Spring Boot,REST APIs",
        "We run microservices on Kubernetes.|Microservices,Kubernetes",
        "Proficient in C and C++ for embedded code.|C,C++",
        "Our services are written in Go and Python.|Go,Python",
        "Statistical programming in R and SQL.|R,SQL",
        "Built UIs with ReactJS, Redux and TypeScript.|React,Redux,TypeScript"})
    void findsSkillsIncludingMultiWordAndShortOnes(String sentence, String expected) {
        assertEquals(List.of(expected.split(",")), found(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Go to the careers page and apply.",
        "Please go ahead and upload your CV.",
        "Our R&D team partners with C-level executives.",
        "Grade C or better in mathematics.",
        "We support a go-to-market team."})
    void ignoresAmbiguousShortWordsWithoutCasingOrContext(String sentence) {
        List<String> skills = found(sentence);
        assertFalse(skills.contains("Go") || skills.contains("R") || skills.contains("C"), skills.toString());
    }

    @Test
    void objectiveCIsNotC() {
        List<String> skills = found("Shipped iOS apps in Objective-C and Swift code.");
        assertTrue(skills.contains("Objective-C") && !skills.contains("C"), skills.toString());
    }
}
