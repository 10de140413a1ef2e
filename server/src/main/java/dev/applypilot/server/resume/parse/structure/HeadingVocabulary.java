package dev.applypilot.server.resume.parse.structure;

import dev.applypilot.server.resume.parse.SectionKind;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Section headings in English, German, French, Spanish, Italian, Dutch, Portuguese and Polish. */
final class HeadingVocabulary {
    private static final Map<String, SectionKind> HEADINGS = new HashMap<>();

    static {
        add(SectionKind.SUMMARY, "summary", "professional summary", "career summary", "executive summary", "profile",
                "professional profile", "personal profile", "about", "about me", "objective", "career objective",
                "objectives", "personal statement", "overview", "introduction",
                "profil", "zusammenfassung", "über mich", "kurzprofil", "persönliches profil", "berufsziel",
                "profil professionnel", "à propos", "à propos de moi", "objectif", "résumé professionnel",
                "resumen", "perfil", "perfil profesional", "sobre mí", "objetivo", "resumen profesional",
                "profilo", "profilo professionale", "sommario", "chi sono", "obiettivo",
                "profiel", "samenvatting", "over mij", "perfil profissional", "resumo", "podsumowanie", "o mnie");
        add(SectionKind.EXPERIENCE, "experience", "work experience", "professional experience", "employment",
                "employment history", "work history", "career history", "relevant experience", "career",
                "professional background", "experience and employment", "positions held", "industry experience",
                "berufserfahrung", "berufliche erfahrung", "berufspraxis", "werdegang", "beruflicher werdegang",
                "praxiserfahrung", "berufliche laufbahn", "erfahrung",
                "expérience", "expériences", "expérience professionnelle", "expériences professionnelles",
                "parcours professionnel",
                "experiencia", "experiencia laboral", "experiencia profesional", "trayectoria profesional",
                "esperienza", "esperienze", "esperienza lavorativa", "esperienza professionale",
                "esperienze professionali", "esperienze lavorative",
                "werkervaring", "ervaring", "professionele ervaring", "experiência", "experiência profissional",
                "doświadczenie", "doświadczenie zawodowe");
        add(SectionKind.EDUCATION, "education", "academic background", "education and training", "academics",
                "academic history", "educational background", "qualifications", "academic qualifications",
                "ausbildung", "bildung", "bildungsweg", "schulbildung", "studium", "akademischer werdegang",
                "aus- und weiterbildung", "formation", "formations", "éducation", "formation académique", "études",
                "educación", "formación", "formación académica", "estudios",
                "istruzione", "formazione", "istruzione e formazione", "opleiding", "opleidingen",
                "educação", "formação", "formação acadêmica", "wykształcenie");
        add(SectionKind.SKILLS, "skills", "technical skills", "key skills", "core skills", "core competencies",
                "competencies", "skills and abilities", "skills and expertise", "areas of expertise", "expertise",
                "technologies", "technology", "tech stack", "tools", "tools and technologies", "technical expertise",
                "skill set", "skillset", "professional skills", "hard skills", "soft skills", "it skills",
                "kenntnisse", "fähigkeiten", "fachkenntnisse", "kompetenzen", "it-kenntnisse", "edv-kenntnisse",
                "fachliche kompetenzen", "technische kenntnisse", "fertigkeiten",
                "compétences", "compétences techniques", "savoir-faire", "habilidades", "competencias",
                "conocimientos", "aptitudes", "competenze", "competenze tecniche", "abilità",
                "vaardigheden", "competenties", "vaardigheden en competenties", "competências", "umiejętności");
        add(SectionKind.PROJECTS, "projects", "personal projects", "side projects", "selected projects",
                "key projects", "academic projects", "open source", "projekte", "projets", "projets personnels",
                "proyectos", "progetti", "projecten", "projetos", "projekty");
        add(SectionKind.CERTIFICATIONS, "certifications", "certificates", "certification", "licenses and certifications",
                "licences and certifications", "courses", "training", "trainings", "courses and certifications",
                "zertifikate", "zertifizierungen", "weiterbildung", "weiterbildungen", "fortbildungen",
                "certificats", "certifications professionnelles", "certificaciones", "cursos", "certificazioni",
                "corsi", "certificaten", "cursussen", "certificações", "certyfikaty", "kursy");
        add(SectionKind.LANGUAGES, "languages", "language skills", "language", "sprachen", "sprachkenntnisse",
                "langues", "compétences linguistiques", "idiomas", "lenguas", "lingue", "conoscenze linguistiche",
                "talen", "talenkennis", "języki", "języki obce");
        add(SectionKind.AWARDS, "awards", "honors", "honours", "honors and awards", "awards and honors", "achievements",
                "accomplishments", "auszeichnungen", "distinctions", "prix", "premios", "premi", "prijzen");
        add(SectionKind.PUBLICATIONS, "publications", "papers", "publikationen", "veröffentlichungen",
                "publicaciones", "pubblicazioni", "publicaties");
        add(SectionKind.VOLUNTEERING, "volunteering", "volunteer experience", "volunteer work", "volunteer",
                "ehrenamt", "ehrenamtliches engagement", "engagement", "bénévolat", "voluntariado", "volontariato",
                "vrijwilligerswerk");
        add(SectionKind.INTERESTS, "interests", "hobbies", "hobbies and interests", "interests and hobbies",
                "hobbys", "interessen", "freizeit", "centres d'intérêt", "centres d’intérêt", "loisirs", "intereses",
                "aficiones", "interessi", "hobby", "interesses", "zainteresowania");
        add(SectionKind.REFERENCES, "references", "referenzen", "références", "referencias", "referenze", "referenties");
        add(SectionKind.CONTACT, "contact", "contact information", "contact details", "contact info", "profiles",
                "links", "social", "online profiles", "personal information", "personal details", "personal data",
                "kontakt", "kontaktdaten", "persönliche daten", "persönliche angaben", "coordonnées",
                "informations personnelles", "contacto", "datos personales", "contatti", "dati personali",
                "contactgegevens", "persoonlijke gegevens", "dane osobowe", "kontakt");
    }

    private HeadingVocabulary() {
    }

    private static void add(SectionKind kind, String... headings) {
        for (String heading : headings) {
            HEADINGS.putIfAbsent(heading, kind);
        }
    }

    /** The kind named by a whole line such as "WORK EXPERIENCE", "Berufserfahrung:", "E X P E R I E N C E". */
    static Optional<SectionKind> match(String line) {
        String key = key(line);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(HEADINGS.get(key));
    }

    static String key(String line) {
        String lower = line.toLowerCase(Locale.ROOT).replace('\t', ' ').replace('’', '\'');
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        String core = lower.substring(start, end).replace(" & ", " and ").replace("&", " and ")
                .replace(" / ", " and ").replace(" + ", " and ");
        core = collapseSpaces(core);
        return isLetterSpaced(core) ? core.replace(" ", "") : core;
    }

    /** "E X P E R I E N C E" (letter-spaced headings) */
    private static boolean isLetterSpaced(String s) {
        if (s.length() < 5) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            boolean expectLetter = i % 2 == 0;
            if (expectLetter != (s.charAt(i) != ' ')) {
                return false;
            }
        }
        return true;
    }

    private static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && (out.length() == 0 || out.charAt(out.length() - 1) == ' ')) {
                continue;
            }
            out.append(c);
        }
        return out.toString().strip();
    }
}
