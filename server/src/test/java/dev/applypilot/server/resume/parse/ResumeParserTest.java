package dev.applypilot.server.resume.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResumeParserTest {
    private final ResumeParser parser = new ResumeParser();

    @Test
    void singleColumnPdfYieldsExactContactJobsSchoolsAndSkills() {
        ParsedResume parsed = parser.parse(ResumeFixtures.singleColumnPdf());

        assertEquals(ResumeFileType.PDF, parsed.fileType());
        assertEquals(new Contact("José Müller-Łukasiewicz", "jose.mueller@example.org", "+49 30 1234567",
                "Berlin, Germany", "linkedin.com/in/jose-mueller", "github.com/josemueller", null), parsed.contact());
        assertEquals(List.of(SectionKind.EXPERIENCE, SectionKind.EDUCATION, SectionKind.SKILLS, SectionKind.PROJECTS,
                SectionKind.LANGUAGES), parsed.sections().stream().map(ResumeSection::kind).toList());
        assertEquals(2, parsed.work().size());
        WorkEntry first = parsed.work().get(0);
        assertEquals("Senior Software Engineer", first.title());
        assertEquals("Acme GmbH", first.company());
        assertEquals("Berlin, Germany", first.location());
        assertEquals(new DateRange("03/2019 – Present", "2019-03", null, true), first.dates());
        assertEquals(List.of("Built a payment service handling two million requests per day.",
                "Led a team of five engineers and introduced trunk-based development across three services."), first.bullets());
        WorkEntry second = parsed.work().get(1);
        assertEquals("Software Developer", second.title());
        assertEquals("Globex Inc.", second.company());
        assertEquals(new DateRange("Jan 2015 – Feb 2019", "2015-01", "2019-02", false), second.dates());
        assertEquals(List.of(new EducationEntry("Technische Universität München", "M.Sc. Informatik",
                new DateRange("2012 – 2014", "2012", "2014", false))), parsed.education());
        assertEquals(List.of("Java", "Kotlin", "PostgreSQL", "Kubernetes", "Apache Kafka"), parsed.skills());
        ParsedResumeInvariants.check(parsed);
    }

    @Test
    void twoColumnPdfReadsSidebarAndMainColumnWithoutInterleaving() {
        ParsedResume parsed = parser.parse(ResumeFixtures.twoColumnPdf());

        assertTrue(parsed.text().contains("SKILLS\nPython\nDjango\nPostgreSQL\nDocker\nLANGUAGES\nPolish\nEnglish"), parsed.text());
        assertTrue(parsed.text().contains("• Designed the billing API used by every product team.\n• Cut p99 latency"), parsed.text());
        assertEquals(new Contact("Zoë Kowalczyk-Nowak", "zoe.kowalczyk@example.pl", "+48 601 234 567", "Warsaw, Poland",
                null, null, null), parsed.contact());
        assertEquals(List.of("Python", "Django", "PostgreSQL", "Docker"), parsed.skills());
        assertEquals(2, parsed.work().size());
        assertEquals("Initech Sp. z o.o.", parsed.work().get(0).company());
        assertEquals(new DateRange("05/2020 – 12/2023", "2020-05", "2023-12", false), parsed.work().get(0).dates());
        assertEquals("Hooli Ltd", parsed.work().get(1).company());
        assertEquals(List.of("Maintained the internal reporting dashboards."), parsed.work().get(1).bullets());
        assertEquals(List.of(new EducationEntry("Warsaw University of Technology", "BSc Computer Science",
                new DateRange("2014 – 2018", "2014", "2018", false))), parsed.education());
        ParsedResumeInvariants.check(parsed);
    }

    @Test
    void docxReadsHeaderContactHeadingStylesAndTableCells() {
        ParsedResume parsed = parser.parse(ResumeFixtures.docx());

        assertEquals(ResumeFileType.DOCX, parsed.fileType());
        assertEquals(new Contact("Ana García-Núñez", "ana.garcia@example.es", "+34 612 345 678", "Madrid, España",
                null, null, null), parsed.contact());
        assertEquals(List.of(SectionKind.EXPERIENCE, SectionKind.EDUCATION, SectionKind.SKILLS),
                parsed.sections().stream().map(ResumeSection::kind).toList());
        WorkEntry job = parsed.work().get(0);
        assertEquals("Desarrolladora Backend", job.title());
        assertEquals("Telefónica S.A.", job.company());
        assertEquals("Madrid", job.location());
        assertEquals(new DateRange("enero 2020 – actualidad", "2020-01", null, true), job.dates());
        assertEquals(2, job.bullets().size());
        assertEquals(List.of("Java", "Spring Boot", "SQL", "Docker"), parsed.skills());
        assertEquals("Universidad Politécnica de Madrid", parsed.education().get(0).school());
        assertEquals("Grado en Ingeniería Informática", parsed.education().get(0).degree());
        ParsedResumeInvariants.check(parsed);
    }

    @Test
    void germanPlainTextUsesGermanHeadingsAndOpenRanges() {
        ParsedResume parsed = parser.parse(ResumeFixtures.resource("german.txt"));

        assertEquals(ResumeFileType.TXT, parsed.fileType());
        assertEquals(new Contact("Jürgen Weiß", "juergen.weiss@example.de", "+49 89 1234567", "80331 München",
                null, null, null), parsed.contact());
        WorkEntry job = parsed.work().get(0);
        assertEquals("Softwareentwickler", job.title());
        assertEquals("Siemens AG", job.company());
        assertEquals(new DateRange("seit 04/2021", "2021-04", null, true), job.dates());
        assertEquals(List.of("Entwicklung von Microservices mit Java und Spring", "Einführung von Code-Reviews im Team"),
                job.bullets());
        assertEquals(List.of("Java", "Spring", "Docker", "Kubernetes", "Git"), parsed.skills());
        assertEquals("Master of Science Informatik", parsed.education().get(0).degree());
        ParsedResumeInvariants.check(parsed);
    }

    @Test
    void englishPlainTextWithStackedJobHeaders() {
        ParsedResume parsed = parser.parse(ResumeFixtures.resource("english.txt"));

        assertEquals(new Contact("Priya Natarajan", "priya.natarajan@example.com", "(512) 555-0147", "Austin, TX",
                "linkedin.com/in/priyanatarajan", null, "https://priya.dev"), parsed.contact());
        assertEquals(2, parsed.work().size());
        assertEquals("Staff Engineer", parsed.work().get(0).title());
        assertEquals("Initrode LLC", parsed.work().get(0).company());
        assertEquals("Austin, TX", parsed.work().get(0).location());
        assertEquals("Vandelay Industries", parsed.work().get(1).company());
        assertEquals("Remote", parsed.work().get(1).location());
        assertEquals(new DateRange("Aug 2016 - May 2021", "2016-08", "2021-05", false), parsed.work().get(1).dates());
        assertEquals(List.of("Go", "Java", "Python", "AWS", "Terraform", "Kubernetes"), parsed.skills());
        assertEquals(new EducationEntry("University of Texas at Austin", "B.S. Computer Science",
                new DateRange("May 2016", "2016-05", "2016-05", false)), parsed.education().get(0));
        assertEquals(SectionKind.INTERESTS, parsed.sections().get(parsed.sections().size() - 1).kind());
        ParsedResumeInvariants.check(parsed);
    }

    @Test
    void pdfEncryptedWithOwnerPasswordOnlyStillParses() {
        ParsedResume parsed = parser.parse(ResumeFixtures.ownerOnlyEncryptedPdf());

        assertEquals("Open Person", parsed.contact().name());
        assertEquals("open.person@example.com", parsed.contact().email());
    }

    @Test
    void unrecognisedLinesAreKeptAsUnassignedText() {
        ParsedResume parsed = parser.parse(ResumeFixtures.utf8(
                "Mia Chen\nmia@example.com\nLikes long walks\nExperience\nSomething without any dates\nSkills\nGo"));

        assertTrue(parsed.unassignedText().contains("Likes long walks"), parsed.unassignedText());
        assertTrue(parsed.unassignedText().contains("Something without any dates"), parsed.unassignedText());
        ParsedResumeInvariants.check(parsed);
    }
}
