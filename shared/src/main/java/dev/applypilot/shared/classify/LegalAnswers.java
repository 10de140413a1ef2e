package dev.applypilot.shared.classify;

import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldType;
import dev.applypilot.shared.format.Answers.Polarity;
import dev.applypilot.shared.format.Countries;
import dev.applypilot.shared.format.Phrase;
import dev.applypilot.shared.format.Text;
import dev.applypilot.shared.profile.Eeo;
import dev.applypilot.shared.profile.Profile;
import dev.applypilot.shared.profile.ScreeningFacts;
import dev.applypilot.shared.profile.WorkAuthorization;
import java.util.List;
import java.util.Map;

/**
 * Maps typed screening facts to the wanted answer of an eligibility / EEO question. Returns {@code null}
 * whenever the fact is unknown or the question is not specific enough (e.g. work authorization without a
 * recognisable country): the planner then abstains.
 */
final class LegalAnswers {

    private static final List<Phrase> FUTURE = Phrase.parseAll("future|zukunft|zukunftig|futur|avenir|futuro|toekomst|przyszlosci");
    private static final List<Phrase> NOW_OR_FUTURE = Phrase.parseAll("now or in the future|now or future|jetzt oder in zukunft");

    static final Map<Eeo.Gender, List<Phrase>> GENDER = Map.of(
            Eeo.Gender.MALE, Phrase.parseAll("male|man|men|mann|mannlich|homme|masculin|hombre|masculino|uomo|maschio|maschile|mezczyzna"),
            Eeo.Gender.FEMALE, Phrase.parseAll("female|woman|women|frau|weiblich|femme|feminin|mujer|femenino|vrouw|donna|femmina|femminile|mulher|feminino|kobieta"),
            Eeo.Gender.NON_BINARY, Phrase.parseAll("non binary|nonbinary|divers|non binaire|no binario|niet binair|non binario|nao binario|niebinarna|niebinarny"));

    static final Map<Eeo.RaceEthnicity, List<Phrase>> RACE = Map.of(
            Eeo.RaceEthnicity.HISPANIC_OR_LATINO, Phrase.parseAll("hispanic|latino|latina|latinx"),
            Eeo.RaceEthnicity.WHITE, Phrase.parseAll("white"),
            Eeo.RaceEthnicity.BLACK_OR_AFRICAN_AMERICAN, Phrase.parseAll("black|african american"),
            Eeo.RaceEthnicity.ASIAN, Phrase.parseAll("asian"),
            Eeo.RaceEthnicity.AMERICAN_INDIAN_OR_ALASKA_NATIVE, Phrase.parseAll("american indian|alaska native"),
            Eeo.RaceEthnicity.NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER, Phrase.parseAll("native hawaiian|pacific islander"),
            Eeo.RaceEthnicity.TWO_OR_MORE, Phrase.parseAll("two or more"));

    private LegalAnswers() {
    }

    /** Wanted yes / no / decline answer for a yes-no style question, or {@code null} when unknown. */
    static Polarity wanted(FieldType type, FieldDescriptor f, String question, Profile profile) {
        ScreeningFacts s = profile.screening();
        if (s == null) {
            return null;
        }
        List<String> words = Text.words(question);
        return switch (type) {
            case WORK_AUTHORIZATION -> workAuthorization(question, s);
            case SPONSORSHIP -> sponsorship(words, s);
            case RELOCATION -> yesNo(s.willingToRelocate());
            case OVER_18 -> yesNo(s.over18());
            case SECURITY_CLEARANCE -> yesNo(s.securityClearance());
            case EEO_VETERAN -> s.eeo() == null || s.eeo().veteran() == null ? null : switch (s.eeo().veteran()) {
                case PROTECTED_VETERAN -> Polarity.YES;
                case NOT_A_VETERAN -> Polarity.NO;
                case PREFER_NOT_TO_SAY -> Polarity.DECLINE;
            };
            case EEO_DISABILITY -> s.eeo() == null || s.eeo().disability() == null ? null : switch (s.eeo().disability()) {
                case HAS_DISABILITY -> Polarity.YES;
                case NO_DISABILITY -> Polarity.NO;
                case PREFER_NOT_TO_SAY -> Polarity.DECLINE;
            };
            default -> null;
        };
    }

    private static Polarity workAuthorization(String question, ScreeningFacts s) {
        List<String> countries = Countries.mentionedIn(question);
        if (countries.size() != 1) {
            return null; // "the country where this job is located" or several countries: not specific enough
        }
        WorkAuthorization a = s.authorizationFor(countries.get(0));
        return a == null ? null : a == WorkAuthorization.AUTHORIZED ? Polarity.YES : Polarity.NO;
    }

    private static Polarity sponsorship(List<String> words, ScreeningFacts s) {
        boolean both = any(NOW_OR_FUTURE, words);
        if (both) {
            if (Boolean.TRUE.equals(s.sponsorshipNow()) || Boolean.TRUE.equals(s.sponsorshipFuture())) {
                return Polarity.YES;
            }
            return s.sponsorshipNow() != null && s.sponsorshipFuture() != null ? Polarity.NO : null;
        }
        return yesNo(any(FUTURE, words) ? s.sponsorshipFuture() : s.sponsorshipNow());
    }

    private static boolean any(List<Phrase> phrases, List<String> words) {
        for (Phrase p : phrases) {
            if (p.in(words)) {
                return true;
            }
        }
        return false;
    }

    private static Polarity yesNo(Boolean b) {
        return b == null ? null : b ? Polarity.YES : Polarity.NO;
    }
}
