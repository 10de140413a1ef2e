package dev.applypilot.server.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a job description: required vs preferred skills, years, education, location/remote, authorization. */
final class JobAnalyzer {
    private static final Pattern NO_SPONSORSHIP = Pattern.compile(
            "(\\b(no|not|unable to|cannot|can't|can not|won't|will not|do not|does not|are not able to"
                    + "|is not able to|not able to)\\b[^.]{0,60}\\bsponsor)|(without[^.]{0,30}\\bsponsorship)"
                    + "|(sponsorship (is )?not (available|offered|provided))");
    private static final Pattern AUTHORIZED_IN = Pattern.compile(
            "\\b(authori[sz]ed|authori[sz]ation|eligible|eligibility|legally|right) to work in ([^.,;:()]{2,40})");
    private static final Pattern CITIZEN = Pattern.compile(
            "\\b(u\\.?s\\.?|united states|american) citizen(ship)?\\b");
    private static final Pattern REMOTE = Pattern.compile(
            "\\b(fully remote|100% remote|remote[- ]first|remote position|remote role|remote opportunity"
                    + "|work from home|work from anywhere|role is remote|position is remote|remote \\(|remote[,-] ?(us|usa|uk|eu))");
    private static final Pattern ONSITE = Pattern.compile(
            "\\b(on-?site|on site|in[- ]office|in the office|in-person|in person)\\b");
    private static final Pattern LOCATION_IN_TEXT = Pattern.compile(
            "\\b(?:onsite|on-site|on site|based|located|office) in ((?:[A-Z][a-zA-Z]+)(?: [A-Z][a-zA-Z]+){0,2}"
                    + "(?:, ?[A-Z]{2}\\b)?)");
    private static final Pattern EQUIVALENT = Pattern.compile(
            "\\b(or equivalent|equivalent (practical |work |professional )?experience|in lieu of|or related experience"
                    + "|or comparable)\\b");

    private final SkillTaxonomy taxonomy;

    JobAnalyzer(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    JobAnalysis analyze(JobInput job) {
        String text = job.text();
        JobZones zones = new JobZones(text);
        List<Sentences.Sentence> sentences = Sentences.split(text);
        Map<Skill, String> required = new LinkedHashMap<>();
        Map<Skill, String> preferred = new LinkedHashMap<>();
        Map<Skill, String> neutral = new LinkedHashMap<>();
        Integer minYears = null;
        String yearsEvidence = null;
        EducationLevel education = null;
        String educationEvidence = null;
        boolean educationAlternative = false;
        boolean remote = false;
        boolean hybrid = false;
        boolean onsite = false;
        String location = job.location();
        String locationEvidence = job.location() == null ? null : "Job location: " + job.location();
        String country = null;
        boolean noSponsorship = false;
        String authorizationEvidence = null;

        for (Sentences.Sentence sentence : sentences) {
            String s = sentence.text();
            String lower = s.toLowerCase(Locale.ROOT);
            JobZones.Zone zone = zones.zoneOf(sentence);
            // Authorization sentences often sit in "About us"/EEO blocks, so they are read in every zone.
            if (lower.contains("sponsor") && NO_SPONSORSHIP.matcher(lower).find()) {
                noSponsorship = true;
                authorizationEvidence = Evidence.trim(s);
            }
            Matcher auth = AUTHORIZED_IN.matcher(lower);
            if (country == null && lower.contains("to work in") && auth.find()) {
                country = Countries.codeAtStart(auth.group(2));
                if (country != null) {
                    authorizationEvidence = authorizationEvidence == null ? Evidence.trim(s) : authorizationEvidence;
                }
            }
            if (country == null && lower.contains("citizen") && CITIZEN.matcher(lower).find()
                    && (lower.contains("must") || lower.contains("required") || lower.contains("only"))) {
                country = "US";
                authorizationEvidence = Evidence.trim(s);
            }
            if (zone == JobZones.Zone.IGNORE) {
                continue;
            }
            remote |= (lower.contains("remote") || lower.contains("from ")) && REMOTE.matcher(lower).find();
            hybrid |= lower.contains("hybrid");
            onsite |= (lower.contains("site") || lower.contains("office") || lower.contains("person"))
                    && ONSITE.matcher(lower).find();
            if (location == null && (lower.contains("site in") || lower.contains("based in")
                    || lower.contains("located in") || lower.contains("office in"))) {
                Matcher loc = LOCATION_IN_TEXT.matcher(s);
                if (loc.find()) {
                    location = loc.group(1);
                    locationEvidence = Evidence.trim(s);
                }
            }
            if (zone != JobZones.Zone.PREFERRED) {
                Integer years = YearsOfExperience.requiredIn(s);
                if (years != null && (minYears == null || years > minYears)) {
                    minYears = years;
                    yearsEvidence = Evidence.trim(s);
                }
                EducationLevel level = EducationLevel.lowestIn(s);
                if (level != null && (education == null || level.compareTo(education) < 0)) {
                    education = level;
                    educationEvidence = Evidence.trim(s);
                    educationAlternative = EQUIVALENT.matcher(lower).find();
                }
            }
            Map<Skill, String> target = switch (zone) {
                case REQUIRED -> required;
                case PREFERRED -> preferred;
                default -> neutral;
            };
            for (SkillTaxonomy.Hit hit : taxonomy.hits(s)) {
                target.putIfAbsent(hit.skill(), Evidence.around(s, hit.offset()));
            }
        }
        // Skills named outside any requirements section are required only when the job has no such section.
        Map<Skill, String> neutralTarget = zones.hasRequiredSection() || !required.isEmpty() ? preferred : required;
        neutral.forEach(neutralTarget::putIfAbsent);
        required.keySet().forEach(preferred::remove);

        String title = job.title() != null ? job.title() : firstShortLine(text);
        RemoteType remoteType = job.remoteType() != RemoteType.UNKNOWN ? job.remoteType()
                : hybrid ? RemoteType.HYBRID : remote ? RemoteType.REMOTE : onsite ? RemoteType.ONSITE : RemoteType.UNKNOWN;
        Seniority seniority = Seniority.fromTitle(title);
        if (seniority == null) {
            seniority = minYears != null ? Seniority.fromYears(minYears) : Seniority.MID;
        }
        return new JobAnalysis(title, seniority, RoleWords.concepts(title), required, preferred, minYears == null ? null : minYears.doubleValue(), yearsEvidence,
                education, educationAlternative, educationEvidence, remoteType, location, locationEvidence,
                country, noSponsorship, authorizationEvidence);
    }

    private static String firstShortLine(String text) {
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                return t.length() <= 100 ? t : null;
            }
        }
        return null;
    }
}
