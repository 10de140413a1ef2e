package dev.applypilot.server.resume.parse.structure;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word lists that tell a job title from a company, a school from a degree (several languages). */
final class Vocabulary {
    private static final Set<String> TITLE_WORDS = Set.of("engineer", "developer", "programmer", "manager", "designer",
            "analyst", "consultant", "intern", "internship", "lead", "director", "architect", "scientist", "specialist",
            "administrator", "officer", "assistant", "associate", "coordinator", "head", "founder", "co-founder", "cto",
            "ceo", "cfo", "coo", "vp", "president", "owner", "researcher", "teacher", "lecturer", "professor",
            "technician", "representative", "executive", "supervisor", "accountant", "editor", "writer", "nurse",
            "advisor", "adviser", "trainee", "apprentice", "devops", "sre", "qa", "tester", "partner", "principal",
            "werkstudent", "praktikant", "praktikantin", "entwickler", "entwicklerin", "ingenieur", "ingenieurin",
            "berater", "beraterin", "leiter", "leiterin", "geschäftsführer", "referent", "sachbearbeiter",
            "développeur", "développeuse", "ingénieur", "ingénieure", "chef", "stagiaire", "consultante", "directeur",
            "responsable", "chargé", "chargée", "desarrollador", "desarrolladora", "ingeniero", "ingeniera", "jefe",
            "becario", "gerente", "sviluppatore", "ingegnere", "stagista", "ontwikkelaar", "medewerker", "stagiair",
            "programista", "kierownik", "specjalista", "desenvolvedor", "estagiário");
    /** German and Dutch write compounds ("Softwareentwickler", "Projektleiter"). */
    private static final List<String> TITLE_SUFFIXES = List.of("entwickler", "entwicklerin", "ingenieur", "leiter",
            "leiterin", "berater", "manager", "engineer", "developer", "ontwikkelaar", "architekt");
    private static final Set<String> COMPANY_WORDS = Set.of("inc", "llc", "ltd", "gmbh", "ag", "sa", "sas", "sarl",
            "srl", "spa", "corp", "corporation", "co", "plc", "bv", "nv", "limited", "group", "gruppe", "technologies",
            "labs", "solutions", "systems", "consulting", "bank", "kg", "ug", "oy", "ab", "pty", "pvt", "company",
            "gbr", "se", "s.a", "s.l", "s.r.l", "s.p.a", "holding", "holdings", "partners", "studio", "studios");
    private static final Set<String> SCHOOL_WORDS = Set.of("university", "college", "school", "institute", "institut",
            "academy", "akademie", "polytechnic", "universität", "universitat", "hochschule", "fachhochschule",
            "gymnasium", "université", "école", "ecole", "lycée", "universidad", "universidade", "università",
            "politecnico", "politécnico", "universiteit", "hogeschool", "uniwersytet", "politechnika", "conservatory",
            "seminary", "tu", "eth", "epfl", "caltech", "iit", "lmu", "ucla", "nyu", "faculty",
            "fakultät", "faculté", "facultad", "realschule", "gesamtschule", "berufsschule", "bootcamp");
    private static final Set<String> DEGREE_WORDS = Set.of("bachelor", "bachelors", "bachelor's", "master", "masters",
            "master's", "bsc", "b.sc", "bs", "b.s", "ba", "b.a", "msc", "m.sc", "ms", "m.s", "ma", "m.a", "mba", "phd",
            "ph.d", "doctor", "doctorate", "doktor", "dr", "b.tech", "btech", "m.tech", "mtech", "b.e", "m.e", "beng",
            "b.eng", "meng", "m.eng", "diploma", "diplom", "abitur", "licence", "licenciatura", "licenciado", "laurea",
            "magister", "associate", "associate's", "a.a", "a.s", "aas", "baccalauréat", "bac", "ingénieur",
            "staatsexamen", "mestrado", "grado", "máster", "dottorato", "llb", "llm", "md", "jd", "bba", "bcom",
            "mcom", "bfa", "mfa", "hnd", "gcse", "a-levels", "mphil", "dphil", "degree", "certificate", "diplôme",
            "fachabitur", "ausbildung", "bachillerato", "matura");

    private Vocabulary() {
    }

    static boolean hasTitleWord(String text) {
        for (String word : words(text)) {
            if (TITLE_WORDS.contains(word)) {
                return true;
            }
            for (String suffix : TITLE_SUFFIXES) {
                if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean hasCompanyWord(String text) {
        return containsAny(text, COMPANY_WORDS);
    }

    static boolean hasSchoolWord(String text) {
        return containsAny(text, SCHOOL_WORDS);
    }

    static boolean hasDegreeWord(String text) {
        return containsAny(text, DEGREE_WORDS);
    }

    private static boolean containsAny(String text, Set<String> vocabulary) {
        for (String word : words(text)) {
            if (vocabulary.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words; dots inside abbreviations are kept ("b.sc"), a trailing dot is not. */
    private static String[] words(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.'’-]+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            while (w.endsWith(".") || w.endsWith("-") || w.endsWith("'")) {
                w = w.substring(0, w.length() - 1);
            }
            while (w.startsWith(".") || w.startsWith("-")) {
                w = w.substring(1);
            }
            words[i] = w;
        }
        return words;
    }
}
