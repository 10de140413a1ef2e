package dev.applypilot.server.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Hard constraints; a failed one caps the score however well the skills match. */
final class ConstraintChecker {
    static final int AUTHORIZATION_CAP = 30;
    static final int LOCATION_CAP = 50;
    static final int EDUCATION_CAP = 75;

    private ConstraintChecker() {
    }

    static List<ConstraintCheck> check(ResumeAnalysis resume, JobAnalysis job) {
        List<ConstraintCheck> out = new ArrayList<>();
        out.add(authorization(resume.facts(), job));
        out.add(location(resume.facts(), job));
        out.add(years(resume, job));
        out.add(education(resume, job));
        return out;
    }

    private static ConstraintCheck authorization(CandidateFacts facts, JobAnalysis job) {
        String name = "Work authorization";
        String evidence = job.authorizationEvidence();
        String country = job.authorizationCountry();
        if (country == null && !job.noSponsorship()) {
            return pass(name, "The job states no work-authorization requirement.", null);
        }
        boolean authorized = country != null && facts.authorizedCountries().stream()
                .map(c -> Countries.codeAtStart(c) == null ? c.toUpperCase(Locale.ROOT) : Countries.codeAtStart(c))
                .anyMatch(c -> Countries.covers(c, country));
        String place = country == null ? "" : " in " + country;
        if (country != null && authorized) {
            return pass(name, "Authorized to work" + place + ".", evidence);
        }
        if (country != null && !facts.authorizedCountries().isEmpty()) {
            return fail(name, "The job requires authorization to work" + place + "; the profile lists "
                    + String.join(", ", facts.authorizedCountries().stream().sorted().toList()) + ".", evidence,
                    AUTHORIZATION_CAP);
        }
        if (Boolean.TRUE.equals(facts.requiresSponsorship())) {
            return fail(name, "The job " + (job.noSponsorship() ? "offers no visa sponsorship" : "requires existing"
                    + " authorization" + place) + " and the candidate needs sponsorship.", evidence, AUTHORIZATION_CAP);
        }
        if (Boolean.FALSE.equals(facts.requiresSponsorship())) {
            return pass(name, "The candidate needs no sponsorship.", evidence);
        }
        return unknown(name, "The job requires work authorization" + place
                + (job.noSponsorship() ? " without sponsorship" : "") + "; the profile does not say.", evidence);
    }

    private static ConstraintCheck location(CandidateFacts facts, JobAnalysis job) {
        String name = "Location";
        String evidence = job.locationEvidence();
        if (job.remoteType() == RemoteType.REMOTE) {
            return pass(name, "The job is remote.", evidence);
        }
        if (job.location() == null) {
            return unknown(name, "The job's location is not stated.", evidence);
        }
        if (facts.location() == null || facts.location().isBlank()) {
            return unknown(name, "The job is in " + job.location() + "; the candidate's location is unknown.",
                    evidence);
        }
        if (samePlace(facts.location(), job.location())) {
            return pass(name, "The candidate is in " + facts.location() + ", the job in " + job.location() + ".",
                    evidence);
        }
        if (facts.willingToRelocate()) {
            return pass(name, "The job is in " + job.location() + "; the candidate is willing to relocate.", evidence);
        }
        if (job.remoteType() == RemoteType.UNKNOWN) {
            return unknown(name, "The job is in " + job.location() + " and may not be remote; the candidate is in "
                    + facts.location() + ".", evidence);
        }
        return fail(name, "The job is " + job.remoteType().name().toLowerCase(Locale.ROOT) + " in " + job.location()
                + "; the candidate is in " + facts.location() + " and not willing to relocate.", evidence, LOCATION_CAP);
    }

    static boolean samePlace(String a, String b) {
        String[] pa = a.toLowerCase(Locale.ROOT).split(",");
        String[] pb = b.toLowerCase(Locale.ROOT).split(",");
        String cityA = pa[0].strip();
        String cityB = pb[0].strip();
        return !cityA.isEmpty() && !cityB.isEmpty() && (cityA.contains(cityB) || cityB.contains(cityA));
    }

    private static ConstraintCheck years(ResumeAnalysis resume, JobAnalysis job) {
        String name = "Years of experience";
        Double min = job.minYears();
        if (min == null) {
            return pass(name, "The job states no minimum years of experience.", null);
        }
        Double years = resume.years();
        if (years == null) {
            return unknown(name, "The job asks for " + fmt(min) + "+ years; the candidate's years are unknown.",
                    job.yearsEvidence());
        }
        String have = fmt(years) + " years (" + resume.yearsSource() + ")";
        if (years >= min) {
            return pass(name, "The job asks for " + fmt(min) + "+ years; the candidate has " + have + ".",
                    job.yearsEvidence());
        }
        double gap = min - years;
        int cap = gap <= 1 ? 85 : gap <= 2 ? 70 : 55;
        return fail(name, "The job asks for " + fmt(min) + "+ years; the candidate has " + have + ".",
                job.yearsEvidence(), cap);
    }

    private static ConstraintCheck education(ResumeAnalysis resume, JobAnalysis job) {
        String name = "Education";
        EducationLevel needed = job.education();
        if (needed == null) {
            return pass(name, "The job states no education requirement.", null);
        }
        String label = needed.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        EducationLevel have = resume.education();
        if (have == null) {
            return unknown(name, "The job asks for a " + label + " level; the candidate's education is unknown.",
                    job.educationEvidence());
        }
        if (have.compareTo(needed) >= 0) {
            return pass(name, "The job asks for a " + label + " level; the candidate has "
                    + have.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".", job.educationEvidence());
        }
        if (job.educationAlternative()) {
            return unknown(name, "The job asks for a " + label + " level or equivalent experience.",
                    job.educationEvidence());
        }
        return fail(name, "The job asks for a " + label + " level; the candidate has "
                + have.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".", job.educationEvidence(), EDUCATION_CAP);
    }

    private static String fmt(double years) {
        return years == Math.rint(years) ? Integer.toString((int) years) : String.format(Locale.ROOT, "%.1f", years);
    }

    private static ConstraintCheck pass(String name, String why, String evidence) {
        return new ConstraintCheck(name, ConstraintStatus.PASS, why, evidence, 100);
    }

    private static ConstraintCheck unknown(String name, String why, String evidence) {
        return new ConstraintCheck(name, ConstraintStatus.UNKNOWN, why, evidence, 100);
    }

    private static ConstraintCheck fail(String name, String why, String evidence, int cap) {
        return new ConstraintCheck(name, ConstraintStatus.FAIL, why, evidence, cap);
    }
}
